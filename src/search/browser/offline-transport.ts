/**
 * In a copy of the site opened from a folder (file://), the browser refuses
 * fetch(), so Pagefind could not read its index. This replaces fetch for the
 * index's own URLs only: each file is loaded as the classic script the build
 * wrote beside it (see src/emit/offline/data-scripts.ts) and handed to
 * Pagefind as an ordinary Response. Every other request is untouched.
 */
import { bytesFromBase64 } from '../../util/base64.ts';
import { DATA_GLOBAL, dataScriptPath } from '../../emit/offline/data-scripts.ts';

type DataStore = Record<string, string>;
const store = (): DataStore => ((self as unknown as Record<string, DataStore>)[DATA_GLOBAL] ??= {});

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Serves fetches under `pagefindBase` (an absolute file: URL ending in /) from the data scripts. */
export function installOfflineTransport(pagefindBase: string): void {
  const original = self.fetch.bind(self);
  const pending = new Map<string, Promise<void>>();
  self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const absolute = new URL(url, location.href).href;
    if (!absolute.startsWith(pagefindBase)) return original(input, init);
    const path = absolute.slice(pagefindBase.length).split(/[?#]/)[0]!;
    if (!(path in store())) {
      let loading = pending.get(path);
      if (!loading) {
        loading = loadScript(pagefindBase + dataScriptPath(path));
        pending.set(path, loading);
      }
      try {
        await loading;
      } catch {
        return new Response(null, { status: 404, statusText: 'Not Found' });
      }
    }
    const data = store()[path];
    if (data === undefined) return new Response(null, { status: 404, statusText: 'Not Found' });
    return new Response(bytesFromBase64(data), { status: 200 });
  };
}
