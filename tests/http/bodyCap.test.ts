// A body larger than any route accepts is refused without being read through (ADR 001). Declared by Content-Length:
// 413 on the error page before a byte of it is sent, and the server closes the connection. Chunked: cut off once past
// the cap. Raw sockets show what a test client cannot: when the answer arrives and how many bytes the server read.
import http from 'node:http';
import net from 'node:net';
import multer from 'multer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bodyCaps, continueUnlessTooLarge } from '../../src/http/bodyCap.ts';
import { MULTIPART_LIMITS } from '../../src/http/upload.ts';
import { buildTestApp, csrfFrom, testClock } from '../support/testApp.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildWorkflowSchool, signedInPerson } from '../support/workflowFactories.ts';

const db = useTestDatabase();
const prisma = () => db.current.prisma;
const MB = 1024 * 1024;
const DECLARED = 50 * MB;
const BOUNDARY = '----thiduaBoundary7MA4YWxkTrZu0gW';

let w: Awaited<ReturnType<typeof buildWorkflowSchool>>;
let app: ReturnType<typeof buildTestApp>['app'];
let server: http.Server;
let port = 0;
const serverSockets: net.Socket[] = [];

beforeAll(async () => {
  w = await buildWorkflowSchool(prisma());
  app = buildTestApp(db.current, testClock('2026-11-26T03:00:00Z'), { UPLOAD_MAX_MB: '1' }).app;
  server = http.createServer(app);
  server.on('checkContinue', continueUnlessTooLarge(app, { UPLOAD_MAX_MB: 1 })); // as server.ts installs it
  server.on('connection', (s) => serverSockets.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Raw {
  socket: net.Socket;
  /** The server's side of the connection (its bytesRead is what the server read). */
  serverSide: net.Socket;
  text: () => string;
  firstData: Promise<void>;
  closed: Promise<void>;
  isClosed: () => boolean;
}

/** Opens a connection and writes the request head (nothing of the body). */
async function openRaw(head: string[]): Promise<Raw> {
  const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined); // a reset after the server closed is expected
  let received = '';
  let closed = false;
  const firstData = new Promise<void>((resolve) => socket.once('data', () => resolve()));
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  const closedP = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  void closedP.then(() => (closed = true));
  socket.write([...head, '', ''].join('\r\n'));
  return { socket, serverSide: await accepted, text: () => received, firstData, closed: closedP, isClosed: () => closed };
}

/** Resolves with true if `p` settles within `ms`, false otherwise. */
const within = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

/** Sends chunked-encoded data until the server answers or closes, or `max` bytes went out; returns the bytes sent. */
async function sendChunked(raw: Raw, chunk: Buffer, max: number): Promise<number> {
  let sent = 0;
  const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
  while (!raw.text() && !raw.isClosed() && !raw.socket.destroyed && sent < max) {
    sent += chunk.length;
    if (!raw.socket.write(frame)) {
      const drained = new Promise((resolve) => raw.socket.once('drain', resolve));
      await Promise.race([drained, raw.closed]);
    }
  }
  return sent;
}

const head = (path: string, type: string, length: string[]) => [
  `POST ${path} HTTP/1.1`,
  'Host: 127.0.0.1',
  'Accept: text/html',
  `Content-Type: ${type}`,
  ...length,
];
const URLENCODED = 'application/x-www-form-urlencoded';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

describe('a body declaring more than any route accepts', () => {
  it.each([
    ['a form (urlencoded) to the login form', '/login', URLENCODED, '(tối đa 2mb)'],
    ['a multipart body to an upload route', '/staff/import', MULTIPART, '(tối đa 1 MB)'],
  ])('%s: 413 on the error page before the body is sent, the connection closed, the body never read', async (_name, path, type, max) => {
    const raw = await openRaw(head(path, type, [`Content-Length: ${DECLARED}`]));
    expect(await within(raw.firstData, 3000)).toBe(true); // the answer comes while the body is still unsent
    expect(await within(raw.closed, 3000)).toBe(true); // and the server closes the connection after it
    const text = raw.text();
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toMatch(/\r\nConnection: close\r\n/i);
    expect(text).toContain(`Dữ liệu gửi lên quá lớn ${max}`);
    expect(text).toContain('</html>'); // the error page in the layout
    expect(raw.serverSide.bytesRead).toBeLessThan(4096); // the request head only
  });

  it('a body sent anyway right after the head is not read through', async () => {
    const raw = await openRaw(head('/login', URLENCODED, [`Content-Length: ${DECLARED}`]));
    const sent = await sendBody(raw, DECLARED);
    await within(raw.closed, 5000);
    expect(raw.isClosed()).toBe(true);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 413 /);
    expect(raw.serverSide.bytesRead).toBeLessThan(4 * MB); // what the socket buffers held before it was closed
    expect(sent).toBeLessThan(DECLARED);
  });
});

/** Writes raw body bytes (no chunk framing) until the server answers or closes, or `max` went out. */
async function sendBody(raw: Raw, max: number): Promise<number> {
  const block = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  while (!raw.text() && !raw.isClosed() && !raw.socket.destroyed && sent < max) {
    sent += block.length;
    if (!raw.socket.write(block)) await Promise.race([new Promise((resolve) => raw.socket.once('drain', resolve)), raw.closed]);
  }
  return sent;
}

describe('a client asking "Expect: 100-continue"', () => {
  it('is not invited to send a body over the cap: the first answer is the 413', async () => {
    const raw = await openRaw([...head('/login', URLENCODED, [`Content-Length: ${DECLARED}`]), 'Expect: 100-continue']);
    expect(await within(raw.closed, 3000)).toBe(true);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 413 /);
    expect(raw.text()).not.toContain('100 Continue');
  });

  it('is invited to send a body within the cap', async () => {
    const raw = await openRaw([...head('/login', URLENCODED, ['Content-Length: 1000']), 'Expect: 100-continue']);
    expect(await within(raw.firstData, 3000)).toBe(true);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
    raw.socket.destroy();
  });
});

describe('a chunked body growing past the cap', () => {
  it.each([
    ['a form (urlencoded) to the login form', '/login', URLENCODED, bodyCaps({ UPLOAD_MAX_MB: 1 }).otherBytes],
    ['a multipart body to an upload route', '/staff/import', MULTIPART, bodyCaps({ UPLOAD_MAX_MB: 1 }).multipartBytes],
  ])('%s: cut off with a 413 once past the cap, the connection closed', async (_name, path, type, cap) => {
    const raw = await openRaw(head(path, type, ['Transfer-Encoding: chunked']));
    const opening =
      type === MULTIPART ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n` : 'a=';
    raw.socket.write(`${opening.length.toString(16)}\r\n${opening}\r\n`);
    const sent = await sendChunked(raw, Buffer.alloc(64 * 1024, 0x61), DECLARED);
    raw.socket.end(); // as a client does once answered
    expect(await within(raw.closed, 5000)).toBe(true);
    expect(raw.text()).toMatch(/^HTTP\/1\.1 413 /);
    expect(raw.text()).toContain('Dữ liệu gửi lên quá lớn');
    expect(raw.serverSide.bytesRead).toBeGreaterThan(cap);
    expect(raw.serverSide.bytesRead).toBeLessThan(cap + 2 * MB);
    expect(sent).toBeLessThan(DECLARED);
  });
});

describe('bodies within the cap', () => {
  it('the cap leaves room for a file of twice UPLOAD_MAX_MB (refused beside its field) with every field a form may carry', () => {
    const caps = bodyCaps({ UPLOAD_MAX_MB: 1 });
    expect(caps.multipartBytes).toBeGreaterThan(2 * MB + MULTIPART_LIMITS.fields * MULTIPART_LIMITS.fieldSize);
    expect(caps.multipartBytes).toBeLessThan(2 * MB + 3 * MB);
    expect(caps.otherBytes).toBe(2 * MB);
  });

  it('an upload at exactly UPLOAD_MAX_MB is accepted and stored', async () => {
    const stored = vi.fn();
    const storage = Object.getPrototypeOf(multer.memoryStorage()) as { _handleFile: (...a: unknown[]) => void };
    const original = storage._handleFile;
    const spy = vi.spyOn(storage, '_handleFile').mockImplementation(function (this: unknown, ...args: unknown[]) {
      stored();
      original.apply(this, args);
    });
    try {
      const movementId = (
        await prisma().movement.create({ data: { schoolId: w.school.id, name: 'Phong trào tải tệp', launchLevel: 'school', kind: 'regular' } })
      ).id;
      const viceChair = await signedInPerson(app, prisma(), w.school.id, { role: 'vice_chair', schoolYearId: w.year.id });
      const token = csrfFrom((await viceChair.agent.get('/account/password')).text);
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n%%EOF\n'), Buffer.alloc(MB - 15, 0x20)]);
      expect(pdf.length).toBe(MB);
      const res = await viceChair.agent
        .post(`/movements/${movementId}/files`)
        .set('Accept', 'text/html')
        .field('_csrf', token)
        .attach('file', pdf, 'ke-hoach.pdf');
      expect(res.status).toBe(302);
      expect(stored).toHaveBeenCalledTimes(1);
      expect(await prisma().storedFile.count({ where: { ownerId: movementId } })).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
