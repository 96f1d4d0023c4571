// Loads Prisma's WebAssembly schema engine by hand, so no `--experimental-wasm-modules` flag is needed on Node 20.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

type EngineModule = typeof import('@prisma/schema-engine-wasm');

let loaded: Promise<EngineModule> | undefined;

/** Imports the engine's JS glue, instantiates its .wasm and returns the module with `SchemaEngine`. */
export function loadSchemaEngine(): Promise<EngineModule> {
  loaded ??= (async () => {
    // Without this registry a Rust panic surfaces as "reading 'set_message'" and the real message is lost.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        process.stderr.write(`Prisma schema engine panicked: ${message}\n`);
      },
    };
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as EngineModule & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
    };
    const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
    // @types/node 20 does not declare WebAssembly; Node has it.
    const wasmApi = (
      globalThis as unknown as { WebAssembly: { instantiate(b: Uint8Array, i: object): Promise<{ instance: { exports: Record<string, unknown> } }> } }
    ).WebAssembly;
    const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return loaded;
}
