-- Deleting an account (issue 16, docs/adr/0197): the row stays, for the posts and the change log that point at it,
-- but nothing of the person does: no e-mail, no name, no password. Such a member is named nowhere.
ALTER TABLE member ADD COLUMN erased_at DATETIME(6) NULL;
