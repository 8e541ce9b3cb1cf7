import type { ReadStream } from 'node:tty';

/** Reads all of standard input (for scripts: `echo "$PW" | sejajar user add ... --password-stdin`). */
export async function readPasswordFromStdin(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  // Only the line end a shell adds goes; spaces inside the password stay.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
export function promptPassword(question: string, stdin: ReadStream = process.stdin as ReadStream, out = process.stderr): Promise<string> {
  if (!stdin.isTTY) return Promise.reject(new Error('No terminal to ask for the password on; use --password-stdin.'));
  return new Promise((resolve, reject) => {
    let typed = '';
    out.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      out.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
