-- Optional: invitations and notices are mailed to members who have one.
alter table member add column email varchar(254);
