-- The dispatcher claims a row (status SENDING) before it talks to the SMTP server, so that two dispatchers (two
-- nodes, or a slow run overlapping the next) never send the same row at the same time. claim_token names the claim:
-- only its holder may mark the row afterwards. A SENDING row whose claimed_at is older than the lease belongs to a
-- dispatcher that died and is taken again.
alter table mail_outbox add column claimed_at timestamp with time zone;
alter table mail_outbox add column claim_token varchar(36);
