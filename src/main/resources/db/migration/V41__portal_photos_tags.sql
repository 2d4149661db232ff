-- Photos in an article's body (each after a given paragraph) and the article's tags.
create table portal_article_photo (
    article_id bigint not null references portal_article (id),
    position int not null,
    src varchar(500) not null,
    alt_text varchar(500) not null,
    caption varchar(1000) not null,
    after_paragraph int not null,
    primary key (article_id, position),
    constraint portal_photo_alt check (length(trim(alt_text)) > 0),
    constraint portal_photo_caption check (length(trim(caption)) > 0)
);

create table portal_article_tag (
    article_id bigint not null references portal_article (id),
    name varchar(120) not null,
    slug varchar(120) not null,
    primary key (article_id, slug)
);
create index portal_article_tag_slug on portal_article_tag (slug);
