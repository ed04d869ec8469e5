-- Links and codes are no longer template variables: the server writes a mail's
-- button, link and code after the editable text (lib/mail/render.ts). Saved
-- overrides lose their {{link}} and {{code}} placeholders, which would now
-- render as nothing (the action block below the text carries them).
UPDATE "email_templates"
   SET "body" = regexp_replace("body", '\{\{\s*(link|code)\s*\}\}', '', 'g'),
       "subject" = btrim(regexp_replace("subject", '\{\{\s*(link|code)\s*\}\}', '', 'g')),
       "updated_at" = now()
 WHERE "body" ~ '\{\{\s*(link|code)\s*\}\}' OR "subject" ~ '\{\{\s*(link|code)\s*\}\}';
