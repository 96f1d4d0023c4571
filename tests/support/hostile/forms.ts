// Forms as a browser would submit them: found by crawling the app's pages as a signed-in user, with the values the
// page pre-fills (hidden fields, the selected option, checked boxes) as the valid baseline body.
import type TestAgent from 'supertest/lib/agent.js';

export interface FoundForm {
  method: 'GET' | 'POST';
  action: string; // path and query as written in the page
  multipart: boolean;
  fields: Array<[string, string]>;
  fileFields: string[];
  page: string;
}

const unescape = (s: string) =>
  s.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? m;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return m ? unescape(m[1]!) : undefined;
};

/** The forms of one page with their pre-filled values. */
export function formsOf(html: string, page: string): FoundForm[] {
  const out: FoundForm[] = [];
  for (const f of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const open = f[1]!;
    const body = f[2]!;
    const method = (attr(open, 'method') ?? 'get').toUpperCase() === 'POST' ? 'POST' : 'GET';
    const action = attr(open, 'action') ?? page;
    const fields: Array<[string, string]> = [];
    const fileFields: string[] = [];
    for (const i of body.matchAll(/<input\b[^>]*>/gi)) {
      const tag = i[0];
      const name = attr(tag, 'name');
      if (!name) continue;
      const type = (attr(tag, 'type') ?? 'text').toLowerCase();
      if (type === 'file') fileFields.push(name);
      else if (type === 'checkbox' || type === 'radio') {
        if (/\schecked\b/i.test(tag)) fields.push([name, attr(tag, 'value') ?? 'on']);
      } else if (type !== 'submit' && type !== 'button') fields.push([name, attr(tag, 'value') ?? '']);
    }
    for (const t of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const name = attr(t[1]!, 'name');
      if (name) fields.push([name, unescape(t[2]!.replace(/^\n/, ''))]);
    }
    for (const s of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const name = attr(s[1]!, 'name');
      if (!name) continue;
      const options = [...s[2]!.matchAll(/<option\b([^>]*)>/gi)].map((o) => ({ value: attr(o[1]!, 'value') ?? '', selected: /\sselected\b/i.test(o[1]!) }));
      const multiple = /\smultiple\b/i.test(s[1]!);
      const chosen = multiple ? options.filter((o) => o.selected) : [options.find((o) => o.selected) ?? options.find((o) => o.value !== '') ?? options[0]];
      for (const o of chosen) if (o) fields.push([name, o.value]);
    }
    for (const b of body.matchAll(/<button\b([^>]*)>/gi)) {
      const name = attr(b[1]!, 'name');
      if (name) fields.push([name, attr(b[1]!, 'value') ?? '']);
    }
    out.push({ method, action, multipart: /multipart\/form-data/i.test(open), fields, fileFields, page });
  }
  return out;
}

/** Visits pages breadth-first from the start pages (same site, no downloads, no logout) and returns their forms. */
export async function crawlForms(agent: TestAgent, start: string[], maxPages: number): Promise<{ forms: FoundForm[]; pages: string[] }> {
  const seen = new Set<string>();
  const queue = [...start];
  const forms: FoundForm[] = [];
  while (queue.length && seen.size < maxPages) {
    const page = queue.shift()!;
    if (seen.has(page)) continue;
    seen.add(page);
    const res = await agent.get(page).set('Accept', 'text/html');
    if (res.status !== 200 || !String(res.headers['content-type']).includes('text/html')) continue;
    forms.push(...formsOf(res.text, page));
    for (const a of res.text.matchAll(/<a\b[^>]*\shref="(\/[^"#]*)"/gi)) {
      const href = unescape(a[1]!);
      const pathOnly = href.split('?')[0]!;
      if (/\.(pdf|docx|xlsx|csv|png)$|\/download|\/files\/|lang=|\/logout/.test(href)) continue;
      // One page per path shape (ids replaced) keeps the crawl short: lists link many rows of the same kind.
      const shape = pathOnly.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id');
      if ([...seen].some((s) => s.split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id') === shape) && pathOnly !== href) continue;
      if (!seen.has(href) && queue.filter((q) => q.split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id') === shape).length < 2) queue.push(href);
    }
  }
  return { forms, pages: [...seen] };
}

/** The route (Express path pattern) an action belongs to, or undefined. */
export function routeOf(action: string, method: string, routes: Array<{ method: string; path: string }>): string | undefined {
  const pathOnly = action.split('?')[0]!;
  const match = routes.find((r) => r.method === method && new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(pathOnly));
  return match?.path;
}
