// Preloaded into a measured server (`node --expose-gc -r bench/heap-probe.cjs …`): on SIGUSR2 it collects garbage
// and writes process.memoryUsage() to $BENCH_HEAP_FILE, so a benchmark can read the heap of a process it did not
// write, without any hook in the server's code.
const { writeFileSync } = require('node:fs');
process.on('SIGUSR2', () => {
  if (global.gc) { global.gc(); global.gc(); }
  writeFileSync(process.env.BENCH_HEAP_FILE, JSON.stringify(process.memoryUsage()));
});
