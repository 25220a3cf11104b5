import { spawn } from "node:child_process";
import { chownSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stopSession } from "./processes";

export interface Balancer {
  url: string;
  stop(): Promise<void>;
}

/** The user nginx runs as when this script runs as root: a balancer needs no privileges on a high port. */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };

/**
 * nginx in front of the instances, round-robin, as one reverse proxy hop: it appends the client's address to
 * X-Forwarded-For (the app trusts one hop) and names the instance that answered in X-Upstream, so a client
 * can see the requests alternate.
 */
export function nginxConfig({ dir, port, upstreams }: { dir: string; port: number; upstreams: string[] }): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(dir, "body")};
  proxy_temp_path ${join(dir, "proxy")};
  fastcgi_temp_path ${join(dir, "fastcgi")};
  uwsgi_temp_path ${join(dir, "uwsgi")};
  scgi_temp_path ${join(dir, "scgi")};
  client_max_body_size 25m;
  upstream tally {
${upstreams.map((upstream) => `    server ${upstream};`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://tally;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffer_size 16k;
      proxy_buffers 8 16k;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** Starts nginx in the foreground with a configuration written into `dir`; answers once it accepts requests. */
export async function startBalancer({ dir, port, upstreams, nginx = "nginx" }: { dir: string; port: number; upstreams: string[]; nginx?: string }): Promise<Balancer> {
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, "nginx.conf");
  writeFileSync(configFile, nginxConfig({ dir, port, upstreams }));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  const child = spawn(nginx, ["-e", join(dir, "error.log"), "-p", dir, "-c", configFile], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
    ...(asRoot ? UNPRIVILEGED : {}),
  });
  let failure: Error | null = null;
  child.once("error", (error: NodeJS.ErrnoException) => {
    failure = error.code === "ENOENT" ? new Error(`${nginx} was not found: install Debian's nginx (apt-get install -y nginx-light) or set NGINX to its path.`) : error;
  });
  child.once("exit", (code) => {
    failure ??= new Error(`nginx exited with ${code}; see ${join(dir, "error.log")}.`);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (failure) throw failure;
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await stopSession(child);
      throw new Error(`nginx did not answer on ${url} within 10 s; see ${join(dir, "error.log")}.`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { url, stop: () => stopSession(child, { graceMs: 3_000 }) };
}
