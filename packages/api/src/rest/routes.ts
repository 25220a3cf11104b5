import type { Endpoint, RestMethod } from "./endpoint";

export const API_BASE_PATH = "/api/v1";

interface CompiledRoute {
  path: string;
  pattern: RegExp;
  names: string[];
  endpoints: Partial<Record<RestMethod, Endpoint>>;
}

function compile(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split("/")
    .map((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment);
      if (!parameter) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(parameter[1]!);
      return "([^/]+)";
    })
    .join("/");
  return { pattern: new RegExp(`^${source}/?$`), names };
}

export type RouteMatch =
  | { kind: "found"; endpoint: Endpoint; params: Record<string, string> }
  | { kind: "wrong-method"; allow: string[] }
  | { kind: "unknown" };

/** The API's routes: a path names a resource, the method the operation on it. */
export class RestRoutes {
  private readonly routes: CompiledRoute[] = [];

  constructor(endpoints: readonly Endpoint[]) {
    for (const endpoint of endpoints) {
      let route = this.routes.find((candidate) => candidate.path === endpoint.path);
      if (!route) {
        route = { path: endpoint.path, ...compile(endpoint.path), endpoints: {} };
        this.routes.push(route);
      }
      if (route.endpoints[endpoint.method]) throw new Error(`Two endpoints for ${endpoint.method} ${endpoint.path}.`);
      route.endpoints[endpoint.method] = endpoint;
    }
  }

  /** Matches a path below the API's base (`/kpis/MRR`) and a method. HEAD is answered as GET without a body. */
  match(method: string, path: string): RouteMatch {
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      const wanted = (method === "HEAD" ? "GET" : method) as RestMethod;
      const endpoint = route.endpoints[wanted];
      if (!endpoint) return { kind: "wrong-method", allow: allowedMethods(route) };
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? "");
      });
      return { kind: "found", endpoint, params };
    }
    return { kind: "unknown" };
  }
}

function allowedMethods(route: CompiledRoute): string[] {
  const methods = Object.keys(route.endpoints);
  return methods.includes("GET") ? [...methods, "HEAD"] : methods;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
