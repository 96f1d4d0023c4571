// flatFields: a multipart body parsed by multer (append-field) back in the shape of a urlencoded one.
import { describe, expect, it } from 'vitest';
import { flatFields } from '../../../src/http/upload.ts';

const nullProto = (o: Record<string, unknown>) => Object.assign(Object.create(null) as Record<string, unknown>, o);

describe('flatFields', () => {
  it('keeps strings and arrays of strings, and turns nested objects back into bracketed names', () => {
    const body = nullProto({ title: 'Bài viết', tags: ['a', 'b'], f: nullProto({ x: '1', a: nullProto({ b: '2' }) }), l: [nullProto({ y: '3' })] });
    expect({ ...flatFields(body) }).toEqual({ title: 'Bài viết', tags: ['a', 'b'], 'f[x]': '1', 'f[a][b]': '2', 'l[0][y]': '3' });
  });

  it('keeps a "__proto__" field an own field, never the prototype', () => {
    const out = flatFields(nullProto({ ['__proto__']: ['a', 'b'] }));
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
  });

  it('puts text in NFC, as a urlencoded body is', () => {
    expect(flatFields(nullProto({ name: 'Nguyễn Văn Ánh'.normalize('NFD') })).name).toBe('Nguyễn Văn Ánh'.normalize('NFC'));
  });
});
