-- Fifteen scopes (activities, tasks and events joined them) no longer fit a token's 200 characters.
alter table api_token alter column scopes type varchar(1000);
