-- A permission beside the account's one role: moderating the portal's reader comments.
alter table app_user add column moderator boolean not null default false;
