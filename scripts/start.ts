// `npm start`: builds the app if the source changed since the last build, then serves it in production mode.
import { ensureBuild } from "./harness/build-state";
import { startServer } from "./server";

Object.assign(process.env, { NODE_ENV: "production" });
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureBuild();
await startServer();
