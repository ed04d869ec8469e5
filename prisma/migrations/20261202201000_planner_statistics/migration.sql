-- Tell the planner that an attribute, a role and a department each belong to one organization.
-- Without these it multiplies the selectivities of organization_id and attribute_id (or
-- role_id / department_id) as if they were independent, and expects 10x too few members for
-- a filter in a mid-sized org: the members list then counted 10,001 matches it should only
-- have estimated (docs/decisions/006).
CREATE STATISTICS "member_attribute_values_org_attribute" (dependencies)
  ON "organization_id", "attribute_id" FROM "member_attribute_values";
CREATE STATISTICS "memberships_org_role_department" (dependencies)
  ON "organization_id", "role_id", "department_id" FROM "memberships";
ANALYZE "member_attribute_values";
ANALYZE "memberships";
