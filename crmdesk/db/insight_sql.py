"""The Insight report's totals, kept by triggers in the same transaction as every change.

Four small tables hold what the report adds up, so the report reads a few hundred rows however
many deals the file holds (the way ``deal_totals`` serves the board's headers):

- ``insight_forecast``: live deals by stage, currency, sub-stage, probability override and
  *month* — the expected-close month of an open deal, the month a won or lost deal closed;
- ``insight_cohorts``: live deals by the month they were created, stage, the furthest stage
  their history reached (lead 0, prospect 1, opportunity 2, won 3), currency and lost reason,
  with their value and the seconds from creation to closing (won and lost deals);
- ``insight_dimensions``: live deals by creation month and stage for each source, owner,
  industry and company size (win rates by what a deal came with);
- ``insight_stage_days``: completed stays in a working stage (two consecutive stage-history
  rows of a live deal) by the deal's creation month, stage and whole days, with their seconds.

Each table is a function of the rows it is built from; the triggers subtract a row's old part
and add its new one, so inserts, updates, deletes, undo and redo keep it exact, and
:func:`rebuild_statements` computes the same from scratch (for the migration and the checks).
Months are local (the computer's time zone, as the user reads dates). Every statement exists
for SQLite and for PostgreSQL (a PL/pgSQL function per trigger). SQLite runs a row trigger as
each row changes; PostgreSQL runs them all when the statement ends, so there the twin is exact
for statements that touch one stage-history row per deal (what the services send, one move at a
time); a statement writing several history rows of one deal at once (a bulk load) must be
followed by :func:`rebuild_statements`, until statement-level triggers with transition tables
take their place. Checked against a real PostgreSQL 15 for single-row statements.

This module is the schema of migration 0007: change it only together with a new migration.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN = "('lead', 'prospect', 'opportunity')"
CLOSED = "('won', 'lost')"


@dataclass(frozen=True, slots=True)
class Dialect:
    """The few expressions that differ between SQLite and PostgreSQL."""

    name: str

    def local_month(self, timestamp: str) -> str:
        """``YYYY-MM`` of a stored UTC timestamp, in local time."""
        if self.name == "postgresql":
            return f"to_char(({timestamp}) AT TIME ZONE 'UTC', 'YYYY-MM')"
        return f"strftime('%Y-%m', {timestamp}, 'localtime')"

    def date_month(self, day: str) -> str:
        """``YYYY-MM`` of a date column ('' for none)."""
        if self.name == "postgresql":
            return f"coalesce(to_char({day}, 'YYYY-MM'), '')"
        return f"coalesce(substr({day}, 1, 7), '')"

    def added(self, held: str, more: str) -> str:
        """``held + more``. SQLite turns a sum past 64 bits into a float; PostgreSQL would
        refuse the write, so there the sum is held at the largest integer (as SQLite's
        ``_HELD_SUM`` of migration 0007 does) — only an absurd total of totals gets there."""
        if self.name == "postgresql":
            return f"CAST(LEAST(CAST({held} AS NUMERIC) + {more}, {BIGINT_MAX}) AS BIGINT)"
        return f"{held} + {more}"

    def seconds(self, start: str, end: str) -> str:
        """Whole seconds from ``start`` to ``end`` (never negative)."""
        if self.name == "postgresql":
            raw = f"CAST(round(extract(epoch FROM ({end}) - ({start}))) AS BIGINT)"
        else:
            raw = f"CAST(round((julianday({end}) - julianday({start})) * 86400) AS INTEGER)"
        return f"(CASE WHEN {raw} > 0 THEN {raw} ELSE 0 END)"


BIGINT_MAX = 9223372036854775807
SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")


def dialect(name: str) -> Dialect:
    """The expressions for a SQLAlchemy dialect name."""
    return POSTGRESQL if name == "postgresql" else SQLITE


def rank(stage: str) -> str:
    """How far a stage is along the pipeline (NULL for lost)."""
    return (
        f"(CASE {stage} WHEN 'lead' THEN 0 WHEN 'prospect' THEN 1 "
        "WHEN 'opportunity' THEN 2 WHEN 'won' THEN 3 END)"
    )


def size_band(size: str) -> str:
    """A company size as one of the bands the report speaks of ('' unknown)."""
    return (
        f"(CASE WHEN {size} IS NULL THEN '' WHEN {size} < 10 THEN '1-9' "
        f"WHEN {size} < 50 THEN '10-49' WHEN {size} < 250 THEN '50-249' ELSE '250+' END)"
    )


def reached(deal_id: str, except_id: str | None = None) -> str:
    """The furthest rank the stage history of a deal reached (-1 for none)."""
    skip = f" AND h.id <> {except_id}" if except_id else ""
    return (
        f"coalesce((SELECT max({rank('h.to_stage')}) FROM stage_history AS h "
        f"WHERE h.deal_id = {deal_id}{skip}), -1)"
    )


TABLES = {
    "insight_forecast": ("stage", "currency", "sub_stage", "probability_override", "month"),
    "insight_cohorts": ("month", "stage", "reached", "currency", "lost_reason"),
    "insight_dimensions": ("dimension", "value", "month", "stage"),
    "insight_stage_days": ("month", "stage", "days"),
}
SUMS = {
    "insight_forecast": ("count", "value"),
    "insight_cohorts": ("count", "value", "seconds"),
    "insight_dimensions": ("count",),
    "insight_stage_days": ("count", "seconds"),
}


def _upsert(d: Dialect, table: str, select: str) -> str:
    """Add ``select``'s rows (keys, then sums) into ``table``."""
    keys, sums = TABLES[table], SUMS[table]
    added = ", ".join(f"{s} = {d.added(f'{table}.{s}', f'excluded.{s}')}" for s in sums)
    return (
        f"INSERT INTO {table} ({', '.join(keys + sums)}) {select} "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {added};"
    )


def _prune(table: str) -> str:
    return f"DELETE FROM {table} WHERE count = 0;"


def forecast_part(d: Dialect, row: str, sign: int) -> str:
    """A deal row's part of ``insight_forecast``, added (+1) or taken away (-1)."""
    month = (
        f"CASE WHEN {row}.stage IN {CLOSED} THEN {d.local_month(f'{row}.stage_entered_at')} "
        f"ELSE {d.date_month(f'{row}.expected_close')} END"
    )
    return _upsert(
        d,
        "insight_forecast",
        f"SELECT {row}.stage, {row}.currency, coalesce({row}.sub_stage, ''), "
        f"coalesce({row}.probability_override, -1), {month}, {sign}, {sign} * {row}.value_minor "
        f"WHERE NOT {row}.archived",
    )


def cohort_part(d: Dialect, row: str, sign: int, reached_expr: str | None = None) -> str:
    """A deal row's part of ``insight_cohorts`` (``reached_expr``: its furthest rank)."""
    reach = reached_expr or reached(f"{row}.id")
    seconds = (
        f"CASE WHEN {row}.stage IN {CLOSED} "
        f"THEN {d.seconds(f'{row}.created_at', f'{row}.stage_entered_at')} ELSE 0 END"
    )
    reason = f"CASE WHEN {row}.stage = 'lost' THEN coalesce({row}.lost_reason, '') ELSE '' END"
    return _upsert(
        d,
        "insight_cohorts",
        f"SELECT {d.local_month(f'{row}.created_at')}, {row}.stage, {reach}, {row}.currency, "
        f"{reason}, {sign}, {sign} * {row}.value_minor, {sign} * ({seconds}) "
        f"WHERE NOT {row}.archived",
    )


def _org(row: str, column: str) -> str:
    return f"(SELECT o.{column} FROM organizations AS o WHERE o.id = {row}.organization_id)"


def dimension_values(row: str) -> dict[str, str]:
    """What a deal row files under each dimension."""
    return {
        "source": f"coalesce({row}.source, '')",
        "owner": f"coalesce({row}.owner, '')",
        "industry": f"coalesce({_org(row, 'industry')}, '')",
        "size": size_band(_org(row, "size")),
    }


def dimension_parts(d: Dialect, row: str, sign: int) -> list[str]:
    """A deal row's parts of ``insight_dimensions``."""
    month = d.local_month(f"{row}.created_at")
    return [
        _upsert(
            d,
            "insight_dimensions",
            f"SELECT '{name}', {value}, {month}, {row}.stage, {sign} WHERE NOT {row}.archived",
        )
        for name, value in dimension_values(row).items()
    ]


def _neighbour(deal_id: str, row_id: str, before: bool) -> str:
    """The id of the stage-history row just before (or after) ``row_id`` of the same deal."""
    pick, compare = ("max", "<") if before else ("min", ">")
    return (
        f"(SELECT {pick}(n.id) FROM stage_history AS n "
        f"WHERE n.deal_id = {deal_id} AND n.id {compare} {row_id})"
    )


def stay_part(
    d: Dialect, first: tuple[str, str], second_at: str, deal_id: str, sign: int, where: str = ""
) -> str:
    """One stay (``first`` = its row's to_stage and at, left at ``second_at``) of a live deal."""
    stage, at = first
    seconds = d.seconds(at, second_at)
    return _upsert(
        d,
        "insight_stage_days",
        f"SELECT {d.local_month('dl.created_at')}, {stage}, ({seconds}) / 86400, {sign}, "
        f"{sign} * ({seconds}) FROM deals AS dl WHERE dl.id = {deal_id} AND NOT dl.archived "
        f"AND {stage} IN {OPEN}{where}",
    )


def _stay_by_ids(d: Dialect, first_id: str, second_id: str, deal_id: str, sign: int) -> str:
    """The stay between two stored stage-history rows given by id expressions."""
    f = f"(SELECT x.to_stage FROM stage_history AS x WHERE x.id = {first_id})"
    fa = f"(SELECT x.at FROM stage_history AS x WHERE x.id = {first_id})"
    sa = f"(SELECT x.at FROM stage_history AS x WHERE x.id = {second_id})"
    return stay_part(
        d, (f, fa), sa, deal_id, sign, f" AND {first_id} IS NOT NULL AND {second_id} IS NOT NULL"
    )


def history_inserted(d: Dialect) -> list[str]:
    """After a stage-history row is added: its stays, and its deal's furthest stage."""
    prev, nxt = (
        _neighbour("NEW.deal_id", "NEW.id", True),
        _neighbour("NEW.deal_id", "NEW.id", False),
    )
    old_reach = reached("NEW.deal_id", "NEW.id")
    new_reach = reached("NEW.deal_id")
    changed = f" AND {old_reach} <> {new_reach}"
    prev_stage = f"(SELECT x.to_stage FROM stage_history AS x WHERE x.id = {prev})"
    prev_at = f"(SELECT x.at FROM stage_history AS x WHERE x.id = {prev})"
    next_at = f"(SELECT x.at FROM stage_history AS x WHERE x.id = {nxt})"
    return [
        _stay_by_ids(d, prev, nxt, "NEW.deal_id", -1),
        stay_part(d, (prev_stage, prev_at), "NEW.at", "NEW.deal_id", 1, f" AND {prev} IS NOT NULL"),
        stay_part(
            d, ("NEW.to_stage", "NEW.at"), next_at, "NEW.deal_id", 1, f" AND {nxt} IS NOT NULL"
        ),
        _cohort_rekey(d, "NEW.deal_id", old_reach, -1, changed),
        _cohort_rekey(d, "NEW.deal_id", new_reach, 1, changed),
        _prune("insight_stage_days"),
        _prune("insight_cohorts"),
    ]


def history_deleted(d: Dialect) -> list[str]:
    """After a stage-history row is removed: its stays go, its neighbours join up."""
    prev, nxt = (
        _neighbour("OLD.deal_id", "OLD.id", True),
        _neighbour("OLD.deal_id", "OLD.id", False),
    )
    new_reach = reached("OLD.deal_id")
    # The furthest rank before: the rows left, and the one removed.
    old_reach = (
        f"(CASE WHEN coalesce({rank('OLD.to_stage')}, -1) > {new_reach} "
        f"THEN {rank('OLD.to_stage')} ELSE {new_reach} END)"
    )
    changed = f" AND {old_reach} <> {new_reach}"
    prev_stage = f"(SELECT x.to_stage FROM stage_history AS x WHERE x.id = {prev})"
    prev_at = f"(SELECT x.at FROM stage_history AS x WHERE x.id = {prev})"
    next_at = f"(SELECT x.at FROM stage_history AS x WHERE x.id = {nxt})"
    return [
        stay_part(
            d, (prev_stage, prev_at), "OLD.at", "OLD.deal_id", -1, f" AND {prev} IS NOT NULL"
        ),
        stay_part(
            d, ("OLD.to_stage", "OLD.at"), next_at, "OLD.deal_id", -1, f" AND {nxt} IS NOT NULL"
        ),
        _stay_by_ids(d, prev, nxt, "OLD.deal_id", 1),
        _cohort_rekey(d, "OLD.deal_id", old_reach, -1, changed),
        _cohort_rekey(d, "OLD.deal_id", new_reach, 1, changed),
        _prune("insight_stage_days"),
        _prune("insight_cohorts"),
    ]


def _cohort_rekey(d: Dialect, deal_id: str, reach: str, sign: int, where: str) -> str:
    """The live deal ``deal_id``'s cohort part with the furthest rank ``reach``."""
    part = cohort_part(d, "dr", sign, reach)
    select_start = part.index("SELECT")
    conflict = part.index(" ON CONFLICT")
    select = part[select_start:conflict].replace(
        "WHERE NOT dr.archived",
        f"FROM deals AS dr WHERE dr.id = {deal_id} AND NOT dr.archived{where}",
    )
    return part[:select_start] + select + part[conflict:]


def _deal_stays(d: Dialect, row: str, sign: int, where: str) -> str:
    """Every stay of the deal ``row`` (its history's consecutive rows), under its month."""
    seconds = d.seconds("p.at", "r.at")
    return _upsert(
        d,
        "insight_stage_days",
        f"SELECT {d.local_month(f'{row}.created_at')}, p.to_stage, ({seconds}) / 86400, "
        f"{sign} * count(*), {sign} * sum({seconds}) FROM stage_history AS r "
        f"JOIN stage_history AS p ON p.id = {_neighbour('r.deal_id', 'r.id', True)} "
        f"WHERE r.deal_id = {row}.id AND NOT {row}.archived AND p.to_stage IN {OPEN}{where} "
        f"GROUP BY p.to_stage, ({seconds}) / 86400",
    )


def deal_inserted(d: Dialect) -> list[str]:
    """After a deal is added."""
    return [
        forecast_part(d, "NEW", 1),
        cohort_part(d, "NEW", 1),
        *dimension_parts(d, "NEW", 1),
        _deal_stays(d, "NEW", 1, ""),
    ]


def deal_deleted(d: Dialect) -> list[str]:
    """After a deal is removed (its history went first: the foreign key sees to it)."""
    return [
        forecast_part(d, "OLD", -1),
        cohort_part(d, "OLD", -1),
        *dimension_parts(d, "OLD", -1),
        _deal_stays(d, "OLD", -1, ""),
        *(_prune(t) for t in TABLES),
    ]


def deal_updated(d: Dialect) -> list[str]:
    """After a deal changes: its old part goes, its new part comes."""
    moved = " AND (OLD.archived <> NEW.archived OR OLD.created_at <> NEW.created_at)"
    return [
        forecast_part(d, "OLD", -1),
        forecast_part(d, "NEW", 1),
        cohort_part(d, "OLD", -1),
        cohort_part(d, "NEW", 1),
        *dimension_parts(d, "OLD", -1),
        *dimension_parts(d, "NEW", 1),
        _deal_stays(d, "OLD", -1, moved),
        _deal_stays(d, "NEW", 1, moved),
        *(_prune(t) for t in TABLES),
    ]


DEAL_COLUMNS = (
    "archived, stage, currency, sub_stage, probability_override, value_minor, expected_close, "
    "stage_entered_at, created_at, lost_reason, source, owner, organization_id"
)


def organization_updated(d: Dialect) -> list[str]:
    """After an organization's industry or size changes, its live deals are filed anew."""
    month = d.local_month("dl.created_at")
    parts = []
    for name, old, new in (
        ("industry", "coalesce(OLD.industry, '')", "coalesce(NEW.industry, '')"),
        ("size", size_band("OLD.size"), size_band("NEW.size")),
    ):
        for value, sign in ((old, -1), (new, 1)):
            parts.append(
                _upsert(
                    d,
                    "insight_dimensions",
                    f"SELECT '{name}', {value}, {month}, dl.stage, {sign} * count(*) "
                    f"FROM deals AS dl WHERE dl.organization_id = NEW.id AND NOT dl.archived "
                    f"AND {old} <> {new} GROUP BY {month}, dl.stage",
                )
            )
    return [*parts, _prune("insight_dimensions")]


# name: (event, table, statements)
TRIGGERS = {
    "trg_insight_deal_insert": ("AFTER INSERT", "deals", deal_inserted),
    "trg_insight_deal_delete": ("AFTER DELETE", "deals", deal_deleted),
    "trg_insight_deal_update": (f"AFTER UPDATE OF {DEAL_COLUMNS}", "deals", deal_updated),
    "trg_insight_history_insert": ("AFTER INSERT", "stage_history", history_inserted),
    "trg_insight_history_delete": ("AFTER DELETE", "stage_history", history_deleted),
    "trg_insight_org_update": (
        "AFTER UPDATE OF industry, size",
        "organizations",
        organization_updated,
    ),
}


def create_triggers(name: str) -> list[str]:
    """The statements that create every trigger, for the dialect called ``name``."""
    d = dialect(name)
    statements = []
    for trigger, (event, table, body) in TRIGGERS.items():
        steps = " ".join(body(d))
        if d.name == "postgresql":
            statements.append(
                f"CREATE FUNCTION {trigger}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN {steps} RETURN NULL; END $$"
            )
            statements.append(
                f"CREATE TRIGGER {trigger} {event} ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION {trigger}_fn()"
            )
        else:
            statements.append(f"CREATE TRIGGER {trigger} {event} ON {table} BEGIN {steps} END")
    return statements


def drop_triggers(name: str) -> list[str]:
    """The statements that remove every trigger."""
    statements = []
    for trigger, (_event, table, _body) in TRIGGERS.items():
        if name == "postgresql":
            statements.append(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            statements.append(f"DROP FUNCTION IF EXISTS {trigger}_fn()")
        else:
            statements.append(f"DROP TRIGGER IF EXISTS {trigger}")
    return statements


def fresh_selects(name: str) -> dict[str, str]:
    """Each table's rows computed from scratch: keys then sums, grouped (no zero rows)."""
    d = dialect(name)
    forecast_month = (
        f"CASE WHEN stage IN {CLOSED} THEN {d.local_month('stage_entered_at')} "
        f"ELSE {d.date_month('expected_close')} END"
    )
    close_seconds = (
        f"CASE WHEN stage IN {CLOSED} THEN {d.seconds('created_at', 'stage_entered_at')} ELSE 0 END"
    )
    reason = "CASE WHEN stage = 'lost' THEN coalesce(lost_reason, '') ELSE '' END"
    month = d.local_month("created_at")
    dims = " UNION ALL ".join(
        f"SELECT '{n}' AS dimension, {v} AS value, {d.local_month('dd.created_at')} AS month, "
        f"dd.stage AS stage FROM deals AS dd WHERE NOT dd.archived"
        for n, v in dimension_values("dd").items()
    )
    seconds = d.seconds("p.at", "r.at")
    return {
        "insight_forecast": (
            "SELECT stage, currency, coalesce(sub_stage, '') AS sub_stage, "
            "coalesce(probability_override, -1) AS probability_override, "
            f"{forecast_month} AS month, count(*) AS count, sum(value_minor) AS value "
            "FROM deals WHERE NOT archived GROUP BY 1, 2, 3, 4, 5"
        ),
        "insight_cohorts": (
            f"SELECT {month} AS month, stage, {reached('deals.id')} AS reached, currency, "
            f"{reason} AS lost_reason, count(*) AS count, sum(value_minor) AS value, "
            f"sum({close_seconds}) AS seconds FROM deals WHERE NOT archived "
            "GROUP BY 1, 2, 3, 4, 5"
        ),
        "insight_dimensions": (
            f"SELECT dimension, value, month, stage, count(*) AS count FROM ({dims}) AS x "
            "GROUP BY 1, 2, 3, 4"
        ),
        "insight_stage_days": (
            f"SELECT {d.local_month('dl.created_at')} AS month, p.to_stage AS stage, "
            f"({seconds}) / 86400 AS days, count(*) AS count, sum({seconds}) AS seconds "
            "FROM stage_history AS r JOIN deals AS dl ON dl.id = r.deal_id "
            f"JOIN stage_history AS p ON p.id = {_neighbour('r.deal_id', 'r.id', True)} "
            f"WHERE NOT dl.archived AND p.to_stage IN {OPEN} GROUP BY 1, 2, 3"
        ),
    }


def rebuild_statements(name: str) -> list[str]:
    """Empty the tables and fill them from scratch (the migration's backfill)."""
    statements = []
    for table, select in fresh_selects(name).items():
        columns = ", ".join(TABLES[table] + SUMS[table])
        statements.append(f"DELETE FROM {table}")
        statements.append(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM ({select}) AS f")
    return statements
