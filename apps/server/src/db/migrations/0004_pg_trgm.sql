-- Trigram matching for the catalogue's search (word similarity in any language). pg_trgm is a
-- trusted extension: the database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
