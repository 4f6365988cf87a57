package org.intransit.report;

/**
 * The report's only stylesheet, inlined into the page so the file stands alone. Light on
 * screen and on paper (no dark backgrounds to waste toner); colours of outcomes, phases and
 * markers are classes shared by the SVG charts (fill) and the HTML legends and chips
 * (background), so a colour is defined once. Print puts each section on its own page.
 */
final class HtmlStyle {

    private HtmlStyle() {}

    static final String CSS = """
            :root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e7ec;--bg:#f4f6f9;--card:#fff;
            --sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
            --mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 var(--sans)}
            main{max-width:1200px;margin:0 auto;padding:24px 20px 40px}
            h1{font-size:28px;margin:2px 0 6px;letter-spacing:-.01em}
            h2{font-size:19px;margin:0 0 10px;display:flex;align-items:center;gap:10px}
            h2 span{display:inline-flex;width:26px;height:26px;border-radius:50%;background:#edf2ff;color:#3b5bdb;
            font-size:13px;align-items:center;justify-content:center}
            h3{font-size:15px;margin:20px 0 8px}
            code{font-family:var(--mono);font-size:12px;background:#f1f3f5;padding:1px 4px;border-radius:4px}
            header.top,section{background:var(--card);border:1px solid var(--line);border-radius:10px;
            padding:20px 24px;margin:0 0 18px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
            header.top .head{display:flex;justify-content:space-between;gap:24px;align-items:flex-start;margin-bottom:16px}
            .eyebrow{font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
            .desc{margin:0;color:#3e4c59;max-width:760px}
            .verdict{min-width:230px;text-align:center;border-radius:10px;padding:14px 22px;border:2px solid}
            .verdict span{display:block;font-size:42px;font-weight:800;letter-spacing:.04em;line-height:1.1}
            .verdict small{display:block;margin-top:4px;font-size:12px}
            .verdict.pass{background:#ebfbee;color:#2b8a3e;border-color:#2b8a3e}
            .verdict.fail{background:#fff5f5;color:#c92a2a;border-color:#c92a2a}
            .alert{background:#fff9db;border:1px solid #fab005;color:#7a4b00;border-radius:8px;padding:10px 14px;margin:0 0 14px;font-weight:600}
            .meta{display:flex;flex-wrap:wrap;gap:8px 34px;margin:0 0 14px;padding:12px 0 0;border-top:1px solid var(--line)}
            .meta dt{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
            .meta dd{margin:0;font-weight:600;overflow-wrap:anywhere}
            .conservation{margin:0 0 12px;padding:10px 14px;border-radius:8px;font-weight:600}
            .conservation.ok{background:#ebfbee;color:#2b8a3e}.conservation.bad{background:#fff5f5;color:#c92a2a}
            .conservation b{margin-right:6px;font-size:11px;text-transform:uppercase;letter-spacing:.06em}
            .tiles{display:grid;grid-template-columns:repeat(8,1fr);gap:10px}
            .tile{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:0 12px 10px;overflow:hidden}
            .tile i{display:block;height:4px;margin:0 -12px 8px}
            .tile b{display:flex;align-items:baseline;justify-content:space-between;font-size:24px;font-variant-numeric:tabular-nums}
            .tile b small{font-size:12px;font-weight:400;color:var(--muted)}.tile span{font-weight:600;white-space:nowrap}
            .tile.zero{opacity:.45}.tile.alarm{border:2px solid #e03131}
            .origins{margin:12px 0 0;color:var(--muted);display:flex;gap:18px;flex-wrap:wrap;align-items:baseline}
            .origins b{color:var(--ink)}.origins>b{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
            .toc{display:flex;flex-wrap:wrap;gap:6px 18px;margin:0 0 18px;padding:10px 16px;font-size:13px;background:var(--card);border:1px solid var(--line);border-radius:10px}
            .toc a{color:#3b5bdb;text-decoration:none}.toc a:hover{text-decoration:underline}
            .lede{color:#3e4c59;margin:0 0 12px;max-width:980px}.empty,.all-clear{color:var(--muted);font-style:italic}
            .all-clear{color:#2b8a3e;font-style:normal;font-weight:600}
            figure{margin:0}
            svg.chart{display:block;width:100%;height:auto;font-family:var(--sans)}
            .grid{stroke:#edf0f3;stroke-width:1}.axis{stroke:#aab3bd;stroke-width:1}
            .tick,.axis-title{font-size:11px;fill:var(--muted)}
            .lbl{font-size:11px;font-weight:600;fill:#343a40}
            .lbl-transit{fill:#1864ab}.lbl-commit{fill:#a61e4d}.lbl-replica{fill:#0b7285}.lbl-release{fill:#5f3dc4}.lbl-change{fill:#343a40}
            .edge{stroke:#868e96;stroke-width:1}
            .mark{stroke-width:1.3;fill:none}
            .mark-replica{stroke:#0c8599;stroke-dasharray:5 3;border-top:2px dashed #0c8599}
            .mark-release{stroke:#7048e8;stroke-dasharray:2 2;border-top:2px dotted #7048e8}
            .mark-change{stroke:#495057;stroke-dasharray:7 2 2 2;border-top:2px dashed #495057}
            .hit{fill:rgba(0,0,0,0);stroke:rgba(0,0,0,0);pointer-events:all}line.hit{stroke-width:9}
            rect.hit:hover{fill:rgba(31,41,51,.06)}
            .band-transit{fill:#e7f5ff;background:#74c0fc}.band-commit{fill:#fff0f6;background:#f783ac}.band-faint{fill:#f3f5f7}
            .ribbon-transit{fill:#74c0fc}.ribbon-commit{fill:#f783ac}
            .o-delivered{fill:#2f9e66;background:#2f9e66}.o-ndr{fill:#f08c00;background:#f08c00}
            .o-queued{fill:#4263eb;background:#4263eb}.o-rejected{fill:#868e96;background:#868e96}
            .o-other{fill:#e03131;background:#e03131}
            .legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin-top:10px;font-size:12.5px;color:#3e4c59}
            .legend .gap{margin-left:14px}
            .sw{display:inline-block;width:12px;height:12px;border-radius:3px;vertical-align:-1px;margin-right:6px}
            .ln{display:inline-block;width:20px;height:0;vertical-align:3px;margin-right:6px}
            .depth-area{fill:#dbe4ff}.depth-line{fill:none;stroke:#3b5bdb;stroke-width:1.5}
            .fail-tick{stroke:#e03131;stroke-width:1.5}
            .latency-area{fill:#e6f6ec}.latency-line{fill:none;stroke:#2f9e66;stroke-width:2}
            .latency-dot{fill:#fff;stroke:#2b8a3e;stroke-width:2}
            .row-label{font-size:12px;font-weight:600;fill:var(--ink)}.bar-label{font-size:11px;fill:var(--muted)}
            .lbl,.bar-label{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
            .qgrid{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
            .qcard{border:1px solid var(--line);border-radius:8px;padding:8px 10px 4px}
            .qcard.stuck{border-color:#f08c00;background:#fffaf0}
            .qhead{display:flex;justify-content:space-between;gap:8px;font-size:12.5px}
            .qhead b{overflow-wrap:anywhere}.qhead span{color:var(--muted);white-space:nowrap}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th{text-align:left;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
            font-weight:600;padding:7px 10px;border-bottom:2px solid var(--line)}
            td{padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.bad td{background:#fff5f5}tr.warn td{background:#fff9db}
            table.log td:nth-child(-n+3){white-space:nowrap;font-variant-numeric:tabular-nums}
            table.log td:last-child{font-family:var(--mono);font-size:12px}
            .badge{display:inline-block;font-weight:800;font-size:12px;padding:2px 9px;border-radius:10px;letter-spacing:.04em;white-space:nowrap}
            .badge.pass{background:#ebfbee;color:#2b8a3e;border:1px solid #8ce99a}.badge.fail{background:#c92a2a;color:#fff}
            .verdicts td:first-child{width:80px}.verdicts td:nth-child(2){font-weight:600}.more{color:var(--muted);font-size:12px}
            table.matrix{table-layout:fixed}
            table.matrix th small{display:block;text-transform:none;letter-spacing:0;font-weight:400}
            table.matrix tbody th{font-size:13px;color:var(--ink);text-transform:none;letter-spacing:0;border-bottom:1px solid var(--line);width:120px}
            td.cell.none{color:#adb5bd;text-align:center}td.cell.mixed{background:#fffaf3}
            .mix{display:flex;height:8px;border-radius:4px;overflow:hidden;margin:3px 0 6px;background:#f1f3f5}
            .mix i{display:block;flex-basis:0}
            .chips{display:flex;flex-wrap:wrap;gap:4px}
            .chip{color:#fff;font-size:11.5px;font-weight:600;padding:1px 7px;border-radius:9px;white-space:nowrap;font-variant-numeric:tabular-nums}
            .latency{display:flex;gap:22px;align-items:flex-start}.latency figure{flex:1;min-width:0}
            .ltiles{display:grid;gap:8px;min-width:190px}
            .ltile{border-left:4px solid #2f9e66;background:#f8f9fa;border-radius:0 6px 6px 0;padding:6px 12px}
            .ltile span{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
            .ltile b{font-size:20px;font-variant-numeric:tabular-nums}
            footer{color:var(--muted);font-size:12px;text-align:center;margin-top:8px}
            @media (max-width:900px){.qgrid{grid-template-columns:repeat(2,1fr)}.tiles{grid-template-columns:repeat(4,1fr)}
            .latency{flex-direction:column;align-items:stretch}header.top .head{flex-direction:column}}
            @media print{
            @page{size:A4 landscape;margin:12mm}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{background:#fff;font-size:12px}main{max-width:none;padding:0}
            header.top,section{border:none;box-shadow:none;padding:0;margin:0 0 12px}.tile{break-inside:avoid}
            section{break-before:page}.toc,footer{display:none}
            header.top .head{flex-direction:row}.tiles{grid-template-columns:repeat(8,1fr)}
            .qgrid{grid-template-columns:repeat(3,1fr)}.latency{flex-direction:row;align-items:flex-start}
            figure,.qcard,tr,.tiles,.verdict{break-inside:avoid}
            svg.chart{max-height:150mm}
            rect.hit:hover{fill:rgba(0,0,0,0)}a{color:inherit;text-decoration:none}}
            """;
}
