// A small XML well-formedness checker and tree builder — test-only, no DOM needed.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*$/;

/**
 * Parse `xml` into a tree, throwing on anything not well-formed: unbalanced or crossed tags,
 * unquoted or duplicate attributes, a raw `<` or `&` that is not an entity, two roots.
 */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const checkText = (text: string): string => {
    if (text.includes('<')) throw new Error('raw < in text');
    return text.replace(/&(#\d+|#x[0-9a-fA-F]+|\w+);?/g, (m, name: string) => {
      if (!m.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(text.slice(0, 40))}`);
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      if (!(name in named)) throw new Error(`unknown entity &${name};`);
      return named[name]!;
    });
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length) stack.at(-1)!.text += checkText(text);
    else if (text.trim()) throw new Error('text outside the root element');
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error('unterminated tag');
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1)) throw new Error(`</${tag.slice(1)}> closes <${open?.name}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const m = /^([^\s]+)([\s\S]*)$/.exec(body);
    if (!m || !NAME.test(m[1]!)) throw new Error(`bad tag <${tag}>`);
    const attributes: Record<string, string> = {};
    let rest = m[2]!.trim();
    while (rest) {
      const a = /^([A-Za-z_:][\w:.-]*)="([^"<]*)"\s*/.exec(rest);
      if (!a) throw new Error(`bad attribute in <${tag}>`);
      if (a[1]! in attributes) throw new Error(`duplicate attribute ${a[1]}`);
      attributes[a[1]!] = checkText(a[2]!);
      rest = rest.slice(a[0].length);
    }
    const element: XmlElement = { name: m[1]!, attributes, children: [], text: '' };
    if (stack.length) stack.at(-1)!.children.push(element);
    else if (root) throw new Error('two root elements');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element of a tree, depth first. */
export function elements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(elements)];
}

/** All text inside an element. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join('');
}
