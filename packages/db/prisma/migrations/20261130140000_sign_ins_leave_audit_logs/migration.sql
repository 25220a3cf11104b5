-- Sign-ins now live in each person's own security log. The copies that earlier versions wrote into every
-- organization's audit log told each organization where and when its members signed in: remove them.
DELETE FROM "AuditEvent" WHERE "action" IN ('auth.signed_in', 'auth.sign_in_failed');
