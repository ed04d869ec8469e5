import type pg from 'pg';
import { builtInRoles } from '../lib/permissions';

/** First names and last-name stems; a last name is a stem plus 4 hex characters (2,000 distinct suffixes). */
const FIRST = ['Ada', 'Ben', 'Cleo', 'Dan', 'Eva', 'Finn', 'Gia', 'Hugo', 'Ida', 'Jon', 'Kira', 'Leo', 'Mia', 'Noah'];
const LAST = ['Miller', 'Novak', 'Olsen', 'Park', 'Quinn', 'Reyes', 'Stone', 'Tran', 'Ueda', 'Vance', 'Wolfe'];

/**
 * Seeds one org of `size` members with set-based SQL (generate_series): users, memberships
 * spread over 3 roles and 20 departments (plus none), joined over two years, 70% seen.
 * Triggers are off during the load (session_replication_role), so the sort keys are written directly
 * (the same values the triggers of migrations 20261122063000, 20261122064000 and 20261202190000 write).
 */
export async function seedOrg(client: pg.Client, slug: string, size: number, ownerId: string): Promise<string> {
  const orgId = `org_${slug}`;
  await client.query(`INSERT INTO organizations (id, name, slug, updated_at) VALUES ($1, $2, $3, now())`, [
    orgId,
    `Bench ${slug}`,
    slug,
  ]);
  for (const [key, role] of Object.entries(builtInRoles)) {
    await client.query(
      `INSERT INTO roles (id, organization_id, key, name, description, permissions, built_in, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, true, now())`,
      [`${orgId}_${key}`, orgId, key, role.name, role.description, role.permissions],
    );
  }
  await client.query(
    `INSERT INTO departments (id, organization_id, name, updated_at)
     SELECT $1 || '_d' || g, $1, 'Department ' || g, now() FROM generate_series(1, 20) g`,
    [orgId],
  );
  await client.query('SET session_replication_role = replica');
  await client.query(
    `INSERT INTO users (id, email, first_name, last_name, status, last_seen_at, updated_at)
     SELECT $1 || '_u' || lpad(g::text, 8, '0'),
            'u' || g || '@' || $1 || '.bench',
            ($3::text[])[1 + g % array_length($3::text[], 1)],
            ($4::text[])[1 + g % array_length($4::text[], 1)] || substr(md5((g % 2000)::text), 1, 4),
            'active',
            CASE WHEN g % 10 < 7 THEN now() - (g % 100000) * interval '1 minute' END,
            now()
       FROM generate_series(1, $2::int) g`,
    [orgId, size, FIRST, LAST],
  );
  await client.query(
    `INSERT INTO memberships (id, organization_id, user_id, role_id, department_id, status, joined_at, updated_at,
                              sort_name, sort_email, sort_department, sort_role, last_seen_at)
     SELECT 'm_' || u.id, $1, u.id,
            $1 || CASE WHEN right(u.id, 2)::int % 50 = 0 THEN '_admin' ELSE '_member' END,
            CASE WHEN right(u.id, 2)::int % 21 = 0 THEN NULL ELSE $1 || '_d' || (1 + right(u.id, 3)::int % 20) END,
            CASE WHEN right(u.id, 3)::int % 100 = 7 THEN 'deactivated' ELSE 'active' END::"MemberStatus",
            now() - (right(u.id, 6)::int % 730) * interval '1 day', now(),
            lower(u.first_name || ' ' || u.last_name), lower(u.email::text),
            CASE WHEN right(u.id, 2)::int % 21 = 0 THEN '' ELSE 'department ' || (1 + right(u.id, 3)::int % 20) END,
            CASE WHEN right(u.id, 2)::int % 50 = 0 THEN $2 ELSE $3 END,
            u.last_seen_at
       FROM users u WHERE u.id LIKE $1 || '\\_u%'`,
    [orgId, builtInRoles.admin.name.toLowerCase(), builtInRoles.member.name.toLowerCase()],
  );
  await client.query('SET session_replication_role = DEFAULT');
  await client.query(
    `INSERT INTO memberships (id, organization_id, user_id, role_id, status, updated_at)
     VALUES ($1, $2, $3, $4, 'active', now())`,
    [`m_owner_${orgId}`, orgId, ownerId, `${orgId}_owner`],
  );
  return orgId;
}

/**
 * A filterable single-choice attribute "location" (3 values) held by 95% of the org's members,
 * for the `attr.location=` filter. Idempotent, so a kept database (BENCH_DB) gets it too.
 */
export async function seedLocation(client: pg.Client, orgId: string): Promise<void> {
  const id = `${orgId}_attr_location`;
  const { rowCount } = await client.query(
    `INSERT INTO attributes (id, organization_id, key, label, data_type, filterable, updated_at)
     VALUES ($1, $2, 'location', 'Location', 'single_choice', true, now()) ON CONFLICT DO NOTHING`,
    [id, orgId],
  );
  if (rowCount === 0) return;
  for (const [i, value] of ['berlin', 'lisbon', 'austin'].entries()) {
    await client.query(
      `INSERT INTO attribute_options (id, attribute_id, value, label, position, updated_at)
       VALUES ($1, $2, $3, initcap($3), $4, now())`,
      [`${id}_${value}`, id, value, i],
    );
  }
  await client.query(
    `INSERT INTO member_attribute_values (organization_id, attribute_id, value_text, user_id)
     SELECT $1, $2, (ARRAY['berlin', 'lisbon', 'austin'])[1 + right(m.user_id, 4)::int % 3], m.user_id
       FROM memberships m WHERE m.organization_id = $1 AND m.user_id LIKE $1 || '\\_u%'
        AND right(m.user_id, 2)::int % 20 <> 0`,
    [orgId, id],
  );
}

/**
 * One member in 25 with a second factor (users.mfa_enabled and its copy on memberships, which the
 * triggers would keep), for the 2FA filter of the members list; run once per org.
 */
export async function seedMfa(client: pg.Client, orgId: string): Promise<void> {
  const { rows } = await client.query('SELECT 1 FROM memberships WHERE organization_id = $1 AND mfa_enabled LIMIT 1', [
    orgId,
  ]);
  if (rows.length > 0) return;
  const picked = `m.organization_id = $1 AND m.user_id LIKE $1 || '\\_u%' AND right(m.user_id, 2)::int % 25 = 7`;
  await client.query(`UPDATE users u SET mfa_enabled = true FROM memberships m WHERE m.user_id = u.id AND ${picked}`, [
    orgId,
  ]);
  // Also written directly, in case the triggers are off (session_replication_role = replica).
  await client.query(`UPDATE memberships m SET mfa_enabled = true WHERE ${picked}`, [orgId]);
}
