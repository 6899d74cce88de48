/**
 * Wait (up to `withinMs`, 2 s by default) until `check` holds, polling every 20 ms: for what a
 * PostgreSQL notification carries to this process. Returns how long it took.
 */
export async function eventually(check: () => Promise<boolean>, withinMs = 2000): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > withinMs) throw new Error(`not within ${withinMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}
