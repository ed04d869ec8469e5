/**
 * SCIM filters (RFC 7644 §3.4.2.2), parsed by hand with recursive descent:
 *   filter  = or ;  or = and *("or" and) ;  and = unary *("and" unary)
 *   unary   = "not" "(" filter ")" / "(" filter ")" / attrExp / valuePath
 *   attrExp = attrPath "pr" / attrPath compareOp compValue
 *   valuePath = attrPath "[" filter "]"     (inside, paths are sub-attributes)
 * Keywords and attribute names are case-insensitive; values are JSON literals.
 */
export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type Value = string | number | boolean | null;

/** `urn:…:User:department` -> { schema: 'urn:…:User', attr: 'department' }; names lower-cased. */
export interface AttrPath {
  schema?: string;
  attr: string;
  sub?: string;
}

export type Filter =
  | { op: 'and' | 'or'; left: Filter; right: Filter }
  | { op: 'not'; filter: Filter }
  | { op: 'pr'; path: AttrPath }
  | { op: CompareOp; path: AttrPath; value: Value }
  | { op: 'valuePath'; path: AttrPath; filter: Filter };

export class FilterError extends Error {}

const compareOps = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);

type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: '(' | ')' | '[' | ']'; at: number };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
    } else if (c === '(' || c === ')' || c === '[' || c === ']') {
      tokens.push({ kind: c, at: i });
      i += 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < input.length && input[j] !== '"') j += input[j] === '\\' ? 2 : 1;
      if (j >= input.length) throw new FilterError(`Unterminated string at ${i + 1}`);
      try {
        tokens.push({ kind: 'string', value: JSON.parse(input.slice(i, j + 1)) as string, at: i });
      } catch {
        throw new FilterError(`Invalid string at ${i + 1}`);
      }
      i = j + 1;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(input.slice(i));
      if (!m) throw new FilterError(`Invalid number at ${i + 1}`);
      tokens.push({ kind: 'number', value: Number(m[0]), at: i });
      i += m[0].length;
    } else if (/[A-Za-z$_]/.test(c)) {
      const m = /^[A-Za-z0-9$_:.-]+/.exec(input.slice(i))!;
      tokens.push({ kind: 'word', text: m[0], at: i });
      i += m[0].length;
    } else {
      throw new FilterError(`Unexpected character '${c}' at ${i + 1}`);
    }
  }
  return tokens;
}

export function parsePath(text: string): AttrPath {
  let schema: string | undefined;
  let rest = text;
  const colon = text.lastIndexOf(':');
  if (colon >= 0) {
    schema = text.slice(0, colon).toLowerCase();
    rest = text.slice(colon + 1);
  }
  const parts = rest.split('.');
  const valid = /^[A-Za-z$][A-Za-z0-9$_-]*$/;
  if (parts.length > 2 || parts.some((p) => !valid.test(p))) throw new FilterError(`Invalid attribute path '${text}'`);
  const [attr, sub] = parts as [string, string | undefined];
  return { ...(schema ? { schema } : {}), attr: attr.toLowerCase(), ...(sub ? { sub: sub.toLowerCase() } : {}) };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Filter {
    if (this.tokens.length === 0) throw new FilterError('The filter is empty');
    const f = this.or();
    const next = this.tokens[this.i];
    if (next) throw new FilterError(`Unexpected ${tokenText(next)} at ${next.at + 1}`);
    return f;
  }

  private peekWord(word: string): boolean {
    const t = this.tokens[this.i];
    return t?.kind === 'word' && t.text.toLowerCase() === word;
  }

  private expect(kind: Token['kind']): Token {
    const t = this.tokens[this.i];
    if (!t || t.kind !== kind) {
      throw new FilterError(t ? `Expected '${kind}' but found ${tokenText(t)} at ${t.at + 1}` : `Expected '${kind}'`);
    }
    this.i += 1;
    return t;
  }

  private or(): Filter {
    let left = this.and();
    while (this.peekWord('or')) {
      this.i += 1;
      left = { op: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Filter {
    let left = this.unary();
    while (this.peekWord('and')) {
      this.i += 1;
      left = { op: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): Filter {
    const t = this.tokens[this.i];
    if (!t) throw new FilterError('The filter ends too early');
    if (this.peekWord('not')) {
      this.i += 1;
      this.expect('(');
      const filter = this.or();
      this.expect(')');
      return { op: 'not', filter };
    }
    if (t.kind === '(') {
      this.i += 1;
      const f = this.or();
      this.expect(')');
      return f;
    }
    if (t.kind !== 'word') throw new FilterError(`Expected an attribute but found ${tokenText(t)} at ${t.at + 1}`);
    this.i += 1;
    const path = parsePath(t.text);
    const next = this.tokens[this.i];
    if (next?.kind === '[') {
      if (path.sub) throw new FilterError(`A value filter applies to an attribute, not '${t.text}'`);
      this.i += 1;
      const filter = this.or();
      this.expect(']');
      return { op: 'valuePath', path, filter };
    }
    if (next?.kind !== 'word') throw new FilterError(`Expected an operator after '${t.text}'`);
    const op = next.text.toLowerCase();
    this.i += 1;
    if (op === 'pr') return { op: 'pr', path };
    if (!compareOps.has(op)) throw new FilterError(`Unknown operator '${next.text}' at ${next.at + 1}`);
    return { op: op as CompareOp, path, value: this.value() };
  }

  private value(): Value {
    const t = this.tokens[this.i];
    if (!t) throw new FilterError('Expected a value');
    this.i += 1;
    if (t.kind === 'string' || t.kind === 'number') return t.value;
    if (t.kind === 'word') {
      const w = t.text.toLowerCase();
      if (w === 'true') return true;
      if (w === 'false') return false;
      if (w === 'null') return null;
    }
    throw new FilterError(`Expected a value but found ${tokenText(t)} at ${t.at + 1}`);
  }
}

function tokenText(t: Token): string {
  if (t.kind === 'word') return `'${t.text}'`;
  if (t.kind === 'string') return 'a string';
  if (t.kind === 'number') return 'a number';
  return `'${t.kind}'`;
}

export function parseFilter(input: string): Filter {
  if (input.length > 2000) throw new FilterError('The filter is too long');
  return new Parser(tokenize(input)).parse();
}
