// The offline replica pages served to Chromium as a web server would, for the adapter tests: an
// HTTP proxy on 127.0.0.1 that lets the browser reach the replica hosts only (tunnelled to a local
// HTTPS server answering from test/support/fixtures.ts) and refuses everything else.
//
// Why not Playwright's router (routeFixtures): any route turns the browser's cache off and sends
// every request through Node, so each test's page load fetched and compiled its scripts again
// (Teams' CKEditor is 2.5 MB, X's app 0.8 MB). Served with a cacheable answer, the hashed assets
// come from the disk cache with V8's code cache from the second load of a file on.
//
// Nothing leaves the machine: the browser sends every request (http, https, ws, wss, IP literals
// and loopback included: --proxy-bypass-list=<-loopback>) to the proxy, which opens a tunnel only
// to a replica host's port 443, and answers anything else 403. The TLS certificate is a throwaway
// self-signed one (openssl), which the browser is told to accept.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixtureAnswer } from './fixtures';

export interface FixtureServer {
  /** Chromium arguments that send all the browser's traffic through the fixture proxy. */
  readonly chromiumArgs: readonly string[];
}

async function selfSignedCertificate(): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'hatcheck-fixture-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-subj', '/CN=hatcheck-fixtures', '-days', '7', '-keyout', key, '-out', cert,
    ]).catch((error: Error) => {
      throw new Error(`the fixture server needs openssl for its throwaway certificate (apt-get install openssl): ${error.message}`);
    });
    return { key: await readFile(key), cert: await readFile(cert) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    // The worker process may end with the server open: it must not keep it alive.
    server.unref();
  });
}

/** Whether `host:port` (a CONNECT target) is a replica host at the https port. */
async function isReplica(target: string): Promise<boolean> {
  const match = /^([a-z0-9.-]+):443$/i.exec(target);
  if (!match) return false;
  return (await fixtureAnswer(new URL(`https://${match[1]}/`))).kind === 'fulfill';
}

async function start(): Promise<FixtureServer> {
  const site = createHttpsServer({ ...(await selfSignedCertificate()), keepAliveTimeout: 60_000 }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:443$/, '');
    void fixtureAnswer(new URL(request.url ?? '/', `https://${host}`)).then(
      (answer) => {
        if (answer.kind !== 'fulfill') return void response.destroy();
        const path = new URL(request.url ?? '/', 'https://x').pathname;
        // The browser asks for /favicon.ico itself (Playwright's router never saw it): a replica
        // without one answers "no content", not a 404 that the page's console would report.
        if (path === '/favicon.ico' && answer.status === 404) return void response.writeHead(204, { 'cache-control': 'no-store' }).end();
        // The assets have content-hashed names: cacheable for good (the profile is new each launch).
        // Pages are not, so each navigation gets a new document as before.
        const asset = answer.status === 200 && /\/assets\/[\w.-]+$/.test(path);
        response.writeHead(answer.status, {
          'content-type': answer.contentType,
          'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-store',
        });
        response.end(answer.body);
      },
      () => response.destroy(),
    );
  });
  const sitePort = await listen(site);

  const proxy = createHttpServer((_request, response) => {
    // A plain-http request through the proxy: nothing is served over http.
    response.writeHead(403).end();
  });
  proxy.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    client.on('error', () => client.destroy());
    void isReplica(request.url ?? '').then((allowed) => {
      if (!allowed) return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      const upstream = connect(sitePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
  });
  const proxyPort = await listen(proxy);
  return {
    chromiumArgs: [
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      // No implicit bypass for localhost either: every request goes to the proxy.
      '--proxy-bypass-list=<-loopback>',
      '--ignore-certificate-errors',
    ],
  };
}

let started: Promise<FixtureServer> | null = null;

/** The process's fixture server, started on first use and kept for the process's life. */
export function fixtureServer(): Promise<FixtureServer> {
  started ??= start();
  return started;
}
