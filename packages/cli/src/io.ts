/** Where the CLI reads and writes; injectable so tests run `main` in-process and capture output. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Bytes of standard input, read when an input is `-`. */
  readStdin: () => Promise<Uint8Array>;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
}

/** The process's real streams. */
export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
  };
}
