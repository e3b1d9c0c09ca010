import { fileURLToPath } from 'node:url';
import { main, type Io } from '../src/index.js';

export const SEEDS = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url));
export const seedPath = (name: string) => `${SEEDS}${name}`;
export const REGULATION = seedPath('004_a2b1769d98c9ece2.txt');
export const DECISION = seedPath('000_81ce9003210f2841.txt');
export const PLAN15 = seedPath('001_f61c2087ba53f0d6.txt');
export const PLAN14 = seedPath('002_28f39d7899324ef3.txt');
export const GAZETTE = seedPath('003_3191d9a98261c202.txt');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `main` in-process with captured output. */
export async function run(argv: string[], options: { stdin?: Uint8Array; tty?: boolean } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? new Uint8Array(),
    stderrIsTTY: options.tty ?? false,
    columns: 100,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
