"""A person's name from first and last name columns, in the order of the name's language."""

from __future__ import annotations

from crmdesk.domain.text import fold

# The commonest Vietnamese family names, folded (together they cover most of the population).
FAMILY_NAMES = frozenset(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao dinh lam mai
    trinh truong luu cao ta thai quach chau ton lai kieu khuc tang la luong chu doan vuong
    trieu phung thach nghiem giang mac thieu ong
    """.split()  # noqa: SIM905
)
# Letters only Vietnamese spelling uses (among the scripts our users write).
VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def is_vietnamese(first: str, last: str) -> bool:
    """Whether a name reads as Vietnamese: a Vietnamese family name in the last name column,
    or letters only Vietnamese writes."""
    family = fold(last).split()
    letters = set((first + last).casefold())
    return bool(family and family[0] in FAMILY_NAMES) or bool(letters & VIETNAMESE_LETTERS)


def full_name(first: str, last: str) -> str:
    """``Trần Thị`` + ``Hạnh`` → ``Trần Thị Hạnh`` (family name first); ``Jane`` + ``Doe`` →
    ``Jane Doe`` (given name first)."""
    first, last = first.strip(), last.strip()
    if first and last and is_vietnamese(first, last):
        return f"{last} {first}"
    return " ".join(x for x in (first, last) if x)
