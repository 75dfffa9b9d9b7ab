// GET /bench-empty, in the benchmark's own build only: the smallest App Router page, whose scripts are the floor
// that the thread page's first-load JavaScript is compared with. The root layout wraps it, as it wraps every page.

export default function BenchEmptyPage() {
  return <p>Empty</p>;
}
