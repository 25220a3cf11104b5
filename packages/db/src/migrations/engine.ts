import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

// The native schema engine cannot be downloaded on these machines; its wasm build does the same
// work through a driver adapter. This module is the only one that loads it, and only on demand.

type Bindings = typeof SchemaEngineBindings;
let loading: Promise<Bindings> | undefined;

async function loadBindings(): Promise<Bindings> {
  const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // The package's own entry imports the .wasm as an ES module, which Node cannot do; instantiate
  // the file that sits next to the JS glue by hand instead.
  const wasmPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/** A schema engine over `factory` for the schema at `schemaPath`; free() it when done. */
export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await (loading ??= loadBindings());
  const schema = await readFile(schemaPath, "utf8");
  // The engine's tracing output is noise for these commands; failures arrive as rejected promises.
  const ignoreLog = () => {};
  return SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    ignoreLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
