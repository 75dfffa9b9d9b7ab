// `npm start`: builds the app if the source changed since the last build, then serves it in production mode.
import { spawn } from "node:child_process";
import { ensureBuild, NEXT_BIN, nextEnv } from "./build-state";

function serve(): void {
  const port = process.env.PORT || "3000";
  const server = spawn(NEXT_BIN, ["start", "--port", port], { stdio: "inherit", env: nextEnv() });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

ensureBuild();
serve();
