-- Account search by the start of words, as contacts are searched (V25). Through the trigram indexes a common word
-- (gmbh: one account in twelve) matched thousands of accounts, and every search read and sorted them all (15-35 ms
-- of PostgreSQL per search at 100,000 accounts); the start of a word is found in a btree, in order, so that a search
-- across all accounts reads at most its capped set of candidates (see AccountQueries.search).
--
-- The words of an account are those of its name and domain, split by search_words() (V25): "Kalomi Analytics GmbH",
-- "kalomi-analytics.example" give kalomi, analytics, gmbh, example. The name is kept beside each word, so that the
-- accounts of one word come out of the index in name order: the candidates of a whole word are the first ones of the
-- list's default order. The word is in the "C" collation, so that LIKE 'term%' is a range of the plain btree and its
-- order is the index's whatever the database's collation. The archived flag is kept too, so that a search of live
-- accounts without other filters reads the index alone (an index-only scan), not each candidate's account row.
create table account_search_word (
    word       text collate "C" not null,
    account_id uuid not null references account (id) on delete cascade,
    name       text not null,
    archived   boolean not null,
    -- an account's words: the trigger's delete, and "does this account also have a word starting with ..."
    primary key (account_id, word)
);
create index account_search_word_idx on account_search_word (archived, word, name, account_id);

create function account_search_words_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if new.name is not distinct from old.name and new.domain is not distinct from old.domain
                and new.archived is not distinct from old.archived then
            return new;
        end if;
        delete from account_search_word where account_id = new.id;
    end if;
    insert into account_search_word (word, account_id, name, archived)
    select w, new.id, new.name, new.archived from unnest(search_words(new.name || ' ' || coalesce(new.domain, ''))) w;
    return new;
end
$$;

create trigger account_search_words after insert or update of name, domain, archived on account
    for each row execute function account_search_words_sync();

insert into account_search_word (word, account_id, name, archived)
select w, a.id, a.name, a.archived from account a, unnest(search_words(a.name || ' ' || coalesce(a.domain, ''))) w;
