// The style sheet of the HTML rendering: calm on screen, A4 on paper, no fonts or images fetched.

/// The CSS inlined in every HTML report. System fonts only, nothing loaded from anywhere; print
/// rules for A4 with repeated table headers, rows and charts kept whole, and page breaks.
enum HTMLStyle {
    static let css = """
        :root {
          color-scheme: light;
          --ink: #1d2329;
          --muted: #5a6570;
          --line: #d5dbe1;
          --soft: #f4f6f8;
          --accent: #1b4f72;
          --notice-ink: #5c3b00;
          --notice-line: #b7791f;
          --notice-bg: #fff6e0;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0;
          background: #eef1f4;
          color: var(--ink);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
            "Liberation Sans", sans-serif;
          font-size: 16px;
          line-height: 1.5;
        }
        .report {
          max-width: 60rem;
          margin: 2rem auto;
          padding: 2.5rem 3rem;
          background: #fff;
          border: 1px solid var(--line);
          border-radius: 6px;
        }
        h1, h2, h3, h4, h5, h6 {
          line-height: 1.25;
          break-after: avoid;
          page-break-after: avoid;
          break-inside: avoid;
        }
        h1 { font-size: 1.8rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.35rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
        h4, h5, h6 { font-size: 1rem; margin: 1.4rem 0 .5rem; }
        p { margin: 0 0 .75rem; }
        .subtitle { margin: 0 0 1rem; color: var(--muted); font-size: 1.1rem; }
        .parameters {
          display: grid;
          grid-template-columns: max-content 1fr;
          gap: .15rem 1.2rem;
          margin: 1rem 0 0;
          font-size: .9rem;
        }
        .parameters dt { color: var(--muted); }
        .parameters dd { margin: 0; }
        .notices {
          margin: 1.5rem 0;
          padding: .8rem 1rem;
          color: var(--notice-ink);
          background: var(--notice-bg);
          border: 2px solid var(--notice-line);
          border-left-width: 8px;
          border-radius: 4px;
          break-inside: avoid;
          page-break-inside: avoid;
        }
        .notices-title { margin: 0 0 .3rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
        .notices ul { margin: 0; padding-left: 1.25rem; }
        .notices li + li { margin-top: .2rem; }
        .note {
          margin: 1.2rem 0;
          padding: .75rem 1rem;
          background: var(--soft);
          border-left: 4px solid var(--accent);
          break-inside: avoid;
          page-break-inside: avoid;
        }
        .note p:last-child { margin-bottom: 0; }
        .block-title { margin: 0 0 .4rem; font-weight: 600; break-after: avoid; page-break-after: avoid; }
        .keyvalues { margin: 1.2rem 0; }
        .keyvalues dl {
          display: grid;
          grid-template-columns: minmax(9rem, max-content) 1fr;
          margin: 0;
          border-top: 1px solid var(--line);
        }
        .keyvalues dt, .keyvalues dd {
          margin: 0;
          padding: .35rem .6rem;
          border-bottom: 1px solid var(--line);
          break-inside: avoid;
          page-break-inside: avoid;
        }
        .keyvalues dt { font-weight: 600; background: var(--soft); }
        .table-block { margin: 1.4rem 0; }
        .table-scroll { overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; font-size: .92rem; }
        caption {
          caption-side: top;
          padding: 0 0 .4rem;
          text-align: left;
          font-weight: 600;
          break-after: avoid;
          page-break-after: avoid;
        }
        th, td { padding: .35rem .6rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
        thead { display: table-header-group; }
        thead th {
          vertical-align: bottom;
          font-weight: 600;
          background: var(--soft);
          border-bottom: 2px solid var(--ink);
        }
        tr { break-inside: avoid; page-break-inside: avoid; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .date { white-space: nowrap; }
        .suppressed { color: var(--muted); font-style: italic; cursor: help; }
        .empty-table { color: var(--muted); font-style: italic; }
        .footnote { margin: .4rem 0 0; font-size: .85rem; color: var(--muted); }
        .chart { margin: 1.6rem 0; break-inside: avoid; page-break-inside: avoid; }
        .chart figcaption { margin: 0 0 .4rem; font-weight: 600; }
        .chart svg { display: block; width: 100%; max-width: 47.5rem; height: auto; overflow: visible; }
        .page-break {
          height: 0;
          margin: 2rem 0;
          border-top: 1px dashed var(--line);
          break-after: page;
          page-break-after: always;
        }
        .report-footer {
          margin-top: 2.5rem;
          padding-top: .75rem;
          border-top: 1px solid var(--line);
          color: var(--muted);
          font-size: .85rem;
        }
        .report-footer p { margin: 0; }
        @page {
          size: A4;
          margin: 18mm 16mm 20mm 16mm;
          @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5a6570; }
        }
        @media print {
          body { background: #fff; font-size: 10.5pt; }
          .report { max-width: none; margin: 0; padding: 0; border: 0; border-radius: 0; }
          .table-scroll { overflow: visible; }
          .page-break { margin: 0; border: 0; }
          .notices, .note, thead th, .keyvalues dt { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .chart svg { max-width: 100%; }
          .report-footer { break-inside: avoid; page-break-inside: avoid; }
        }

        """
}
