-- Cơ quan phối hợp get a role of their own: they work on their tasks, they neither enter the commune's figures
-- nor submit its report. The demo agencies of an existing database move to it; nothing else changes.
update account set role = 'AGENCY_OFFICER'
 where demo and username in ('vanhoa.doanket', 'congan.doanket') and role = 'COMMUNE_OFFICER';
