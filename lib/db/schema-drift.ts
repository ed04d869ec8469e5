import internals from '@prisma/internals';
import type { ClientBase } from 'pg';

/**
 * Compares schema.prisma with a migrated database: tables, columns, their type
 * family and nullability, primary keys and unique constraints. Differences come
 * back as readable lines; an empty list means the two agree.
 */

type Shape = {
  tables: Map<string, Map<string, { type: string; nullable: boolean }>>;
  uniques: Set<string>;
};

const scalarTypes: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  DateTime: 'timestamptz',
  Json: 'jsonb',
  Float: 'double precision',
  Decimal: 'numeric',
  Bytes: 'bytea',
};

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
}

function fieldType(f: DmmfField): string {
  if (f.kind === 'enum') return `enum:${f.type}`;
  const native = f.nativeType?.[0]?.toLowerCase();
  const base =
    native === 'citext' ? 'citext' : native === 'timestamptz' ? 'timestamptz' : (scalarTypes[f.type] ?? f.type);
  return f.isList ? `${base}[]` : base;
}

export async function schemaShape(datamodel: string): Promise<Shape> {
  // biome-ignore lint/suspicious/noExplicitAny: @prisma/internals ships CommonJS without typed named exports here
  const { getDMMF } = internals as any;
  const dmmf = await getDMMF({ datamodel });
  const tables: Shape['tables'] = new Map();
  const uniques = new Set<string>();
  const models = dmmf.datamodel.models as { name: string; dbName: string | null; fields: DmmfField[] }[];
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = new Map<string, string>();
  for (const m of models) {
    const table = tableOf.get(m.name)!;
    const columns = new Map<string, { type: string; nullable: boolean }>();
    for (const f of m.fields) {
      if (f.kind !== 'scalar' && f.kind !== 'enum') continue;
      const column = f.dbName ?? f.name;
      columnOf.set(`${m.name}.${f.name}`, column);
      columns.set(column, { type: fieldType(f), nullable: !f.isRequired && !f.isList });
    }
    tables.set(table, columns);
  }
  for (const index of dmmf.datamodel.indexes as { model: string; type: string; fields: { name: string }[] }[]) {
    if (index.type !== 'unique' && index.type !== 'id') continue;
    const cols = index.fields.map((f) => columnOf.get(`${index.model}.${f.name}`) ?? f.name);
    uniques.add(`${tableOf.get(index.model)}(${cols.join(',')})`);
  }
  return { tables, uniques };
}

export async function databaseShape(client: ClientBase): Promise<Shape> {
  const { rows: columns } = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
  }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  const tables: Shape['tables'] = new Map();
  for (const c of columns) {
    let type = c.data_type;
    if (type === 'USER-DEFINED') type = c.udt_name === 'citext' ? 'citext' : `enum:${c.udt_name}`;
    else if (type === 'ARRAY') type = `${c.udt_name === '_citext' ? 'citext' : (scalarTypes.String ?? 'text')}[]`;
    else if (type === 'timestamp with time zone') type = 'timestamptz';
    if (!tables.has(c.table_name)) tables.set(c.table_name, new Map());
    tables.get(c.table_name)!.set(c.column_name, { type, nullable: c.is_nullable === 'YES' });
  }
  // Unique indexes on plain columns; partial and expression indexes cannot be said in schema.prisma.
  const { rows: indexes } = await client.query<{ table_name: string; columns: string[] }>(
    `SELECT t.relname AS table_name,
            array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL AND t.relname <> '_prisma_migrations'
      GROUP BY i.indexrelid, t.relname`,
  );
  const uniques = new Set(indexes.map((i) => `${i.table_name}(${i.columns.join(',')})`));
  return { tables, uniques };
}

export function diffShapes(schema: Shape, database: Shape): string[] {
  const out: string[] = [];
  for (const [table, columns] of schema.tables) {
    const dbColumns = database.tables.get(table);
    if (!dbColumns) {
      out.push(`table ${table} is in schema.prisma but not in the database`);
      continue;
    }
    for (const [name, col] of columns) {
      const dbCol = dbColumns.get(name);
      if (!dbCol) out.push(`column ${table}.${name} is in schema.prisma but not in the database`);
      else {
        if (dbCol.type !== col.type)
          out.push(`column ${table}.${name}: schema says ${col.type}, database has ${dbCol.type}`);
        if (dbCol.nullable !== col.nullable) {
          out.push(
            `column ${table}.${name}: schema says ${col.nullable ? 'nullable' : 'NOT NULL'}, database disagrees`,
          );
        }
      }
    }
    for (const name of dbColumns.keys()) {
      if (!columns.has(name)) out.push(`column ${table}.${name} is in the database but not in schema.prisma`);
    }
  }
  for (const table of database.tables.keys()) {
    if (!schema.tables.has(table)) out.push(`table ${table} is in the database but not in schema.prisma`);
  }
  for (const u of schema.uniques) if (!database.uniques.has(u)) out.push(`unique ${u} is in schema.prisma only`);
  for (const u of database.uniques) if (!schema.uniques.has(u)) out.push(`unique ${u} is in the database only`);
  return out;
}
