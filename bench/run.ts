/**
 * Benchmarks, each generating its own data: `npm run bench` runs them all,
 * `npm run bench -- compliance` one. DATABASE_URL points them at a PostgreSQL server
 * (each creates and drops its own database there); otherwise they use a fresh PGlite.
 */
import { readdirSync } from 'node:fs';

const here = import.meta.dirname;
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('support'))
  .map((f) => f.slice(0, -3));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ')})`);
  process.exit(1);
}
for (const name of wanted.length > 0 ? wanted : available) {
  const { runBenchmark } = (await import(`./${name}.ts`)) as { runBenchmark: () => Promise<void> };
  console.log(`\n=== ${name} ===`);
  await runBenchmark();
}
