-- Contact search by the start of words. A trigram search for a first name matches thousands of the contacts and
-- reads and sorts them all; the start of a word is found in a btree, in order, so that a search reads only the
-- matches it lists (see ContactQueries). The words of a text are defined here once: lower case, split at
-- anything that is neither a letter nor a digit ("Ava Berg-Lund", "ava.berg@customer12.example" give ava, berg,
-- lund, customer12, example); ContactSearchWords splits a search term the same way (a test holds them equal).
create function search_words(text) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct w), '{}')
      from regexp_split_to_table(lower($1), '[^[:alnum:]]+') w
     where w <> ''
$$;

create table contact_search_word (
    word       text not null,
    contact_id uuid not null references contact (id) on delete cascade,
    -- a contact's words: the trigger's delete, and "does this contact also have a word starting with ..."
    primary key (contact_id, word)
);
-- LIKE 'term%' ranges on the word, in order, whatever the database's collation.
create index contact_search_word_prefix_idx on contact_search_word (word text_pattern_ops, contact_id);

create function contact_search_words_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if new.name is not distinct from old.name and new.email is not distinct from old.email then
            return new;
        end if;
        delete from contact_search_word where contact_id = new.id;
    end if;
    insert into contact_search_word (word, contact_id)
    select w, new.id from unnest(search_words(new.name || ' ' || coalesce(new.email, ''))) w;
    return new;
end
$$;

create trigger contact_search_words after insert or update of name, email on contact
    for each row execute function contact_search_words_sync();

insert into contact_search_word (word, contact_id)
select w, c.id from contact c, unnest(search_words(c.name || ' ' || coalesce(c.email, ''))) w;
