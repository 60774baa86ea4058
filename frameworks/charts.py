"""A small line chart drawn on the server as SVG (no JavaScript, printable, accessible).

The chart carries a title and description for screen readers; the page shows the same
figures in a table beside it. Lines differ in colour *and* dash pattern and marker, so
they can be told apart without colour.
"""

from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# Colours with at least 3:1 contrast on white, each with its own dash pattern.
STYLES = [
    ("#00576b", ""),
    ("#8a1f5b", "8 4"),
    ("#6b4e00", "2 4"),
    ("#1d1d1b", "12 4 2 4"),
    ("#005a9c", "4 4"),
    ("#b10e1e", "16 6"),
    ("#3d6b00", "1 3"),
    ("#5a3d8a", "10 3 3 3"),
]
WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 110, 24, 16, 44
INSET = 40  # keeps the first and last points (and their date labels) off the edges
MAX_RANK = 4


def style(index):
    return STYLES[index % len(STYLES)]


def line_chart(domains, rows, levels):
    """SVG markup: one line per domain through each assessment's average level.

    ``domains``: domain rows with ``code`` and ``display.title``; ``rows``: dicts with
    ``assessment`` and ``profile`` ({domain code: average rank}); ``levels``: the
    framework's level rows, for the axis labels.
    """
    if not rows or not domains:
        return ""
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM

    def x(i):
        if len(rows) == 1:
            return LEFT + plot_w / 2
        return LEFT + INSET + (plot_w - 2 * INSET) * i / (len(rows) - 1)

    def y(value):
        return TOP + plot_h * (MAX_RANK - value) / MAX_RANK

    names = {0: _("Not yet")}
    for level in levels:
        names[level.rank] = level.display.name
    grid = format_html_join(
        "",
        '<line x1="{}" x2="{}" y1="{}" y2="{}" class="chart__grid"/>'
        '<text x="{}" y="{}" class="chart__label" text-anchor="end">{}</text>',
        (
            (LEFT, WIDTH - RIGHT, y(rank), y(rank), LEFT - 8, y(rank) + 4, names.get(rank, ""))
            for rank in range(MAX_RANK + 1)
        ),
    )
    dates = format_html_join(
        "",
        '<text x="{}" y="{}" class="chart__label" text-anchor="middle">{}</text>',
        (
            (x(i), HEIGHT - BOTTOM + 22, date_format(row["assessment"].date, "M Y"))
            for i, row in enumerate(rows)
        ),
    )
    lines = []
    for index, domain in enumerate(domains):
        colour, dash = style(index)
        points = [(x(i), y(row["profile"].get(domain.code, 0))) for i, row in enumerate(rows)]
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        markers = format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="4" fill="{}"><title>{}</title></circle>',
            (
                (
                    f"{px:.1f}",
                    f"{py:.1f}",
                    colour,
                    f"{domain.code} {domain.display.title}: {row['profile'].get(domain.code, 0)}",
                )
                for (px, py), row in zip(points, rows, strict=True)
            ),
        )
        lines.append(
            format_html(
                '<g class="chart__series"><polyline points="{}" fill="none" stroke="{}" '
                'stroke-width="2.5" stroke-dasharray="{}"/>{}</g>',
                path,
                colour,
                dash or "none",
                markers,
            )
        )
    description = _(
        "Average self-assessed level per domain at each assessment, from Not yet (0) to "
        "Specialist (4). The same figures are in the table below."
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="chart-title chart-desc"'
        ' xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{}</title>'
        '<desc id="chart-desc">{}</desc>{}{}{}</svg>',
        WIDTH,
        HEIGHT,
        _("Your self-assessment over time, by domain"),
        description,
        grid,
        dates,
        mark_safe("".join(lines)),
    )


def legend(domains):
    """(domain, colour, dash) for the legend under the chart."""
    return [(domain, *style(index)) for index, domain in enumerate(domains)]
