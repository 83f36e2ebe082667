import { createServer, type Server, type Socket } from 'node:net';

/** One e-mail the test SMTP server received: its envelope, headers and decoded plain-text body. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  body: string;
}

/** Decodes a MIME encoded-word header (=?UTF-8?Q?...?= or =?UTF-8?B?...?=) into text. */
function decodeHeader(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_all, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function parse(from: string, to: string[], data: string): ReceivedMail {
  const split = data.indexOf('\r\n\r\n');
  const head = data.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = data.slice(split + 4);
  const type = headers.get('content-type') ?? 'text/plain';
  let encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (boundary) {
    // multipart: the text/plain part
    const part = body.split(`--${boundary}`).find((p) => /content-type:\s*text\/plain/i.test(p)) ?? '';
    const partSplit = part.indexOf('\r\n\r\n');
    encoding = (/content-transfer-encoding:\s*([\w-]+)/i.exec(part.slice(0, partSplit))?.[1] ?? '7bit').toLowerCase();
    body = part.slice(partSplit + 4);
  }
  return { from, to, subject: decodeHeader(headers.get('subject') ?? ''), body: decodeBody(body, encoding).replace(/\r\n/g, '\n') };
}

/**
 * A small, real SMTP server on 127.0.0.1 (RFC 5321: EHLO/HELO, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP,
 * QUIT; no TLS, no AUTH) that keeps what it receives. Enough for the app's mailer with STARTTLS disabled.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor() {
    this.server = createServer((socket) => this.session(socket));
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The mails received for this address. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.some((t) => t.toLowerCase() === address.toLowerCase()));
  }

  private session(socket: Socket) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('latin1');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let from = '';
    let to: string[] = [];
    let data: string[] | null = null;
    reply('220 stratum-e2e ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            this.received.push(parse(from, to, Buffer.from(data.join('\r\n'), 'latin1').toString('latin1')));
            data = null;
            from = '';
            to = [];
            reply('250 OK: queued');
          } else {
            data.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        if (verb === 'EHLO') reply('250 stratum-e2e');
        else if (verb === 'HELO') reply('250 stratum-e2e');
        else if (verb === 'MAIL') {
          from = address;
          reply('250 OK');
        } else if (verb === 'RCPT') {
          to.push(address);
          reply('250 OK');
        } else if (verb === 'DATA') {
          data = [];
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET') {
          from = '';
          to = [];
          reply('250 OK');
        } else if (verb === 'NOOP') reply('250 OK');
        else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
        } else reply('502 Command not implemented');
      }
    });
  }
}
