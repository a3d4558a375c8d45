// Prints the raw and gzipped sizes of the files named on the command line.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
}
