"""The Scrapy pipeline in a real crawl: a CrawlerProcess (in a subprocess, as Twisted's reactor
cannot restart) fetches pages from a local http.server on 127.0.0.1 and exports the items.

Run as a script, this module is that crawl: ``python tests/test_scrapy.py SITE_DIR OUT.jsonl``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

scrapy = pytest.importorskip("scrapy")

from newsclean.integrations.scrapy import NewsCleanItem, NewsCleanPipeline  # noqa: E402

TEXT_PAGE = "Storm Hits Coast\nStorm Hits Coast\nMarch 22, 2016\nWinds rose before dawn."
HTML_PAGE = ("<html><head><title>Aid Arrives in Efrin</title></head><body><nav>Home | World</nav>"
             "<h1>Aid Arrives in Efrin</h1><p>Trucks came at dawn with food and blankets.</p></body></html>")
INDEX = '<html><body><a href="article.html">a</a> <a href="article.txt">b</a> <a href="empty.txt">c</a></body></html>'


class ArticleItem(NewsCleanItem):
    url = scrapy.Field()
    text = scrapy.Field()


class PlainItem(scrapy.Item):
    url = scrapy.Field()
    text = scrapy.Field()
    clean_text = scrapy.Field()


class LocalSpider(scrapy.Spider):
    """Index page: a bad item (no page field); .html: a dict item; .txt: Item classes."""

    name = "local"

    def parse(self, response):
        yield {"url": response.url, "kind": "index"}
        yield from response.follow_all(css="a", callback=self.parse_page)

    def parse_page(self, response):
        if response.url.endswith(".html"):
            yield {"url": response.url, "page_html": response.text}
        else:
            yield ArticleItem(url=response.url, text=response.text)
            yield PlainItem(url=response.url + "#plain", text=response.text)


def crawl(site: str, out: str) -> None:
    from scrapy.crawler import CrawlerProcess

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    process = CrawlerProcess({
        "ITEM_PIPELINES": {"newsclean.integrations.scrapy.NewsCleanPipeline": 300},
        "NEWSCLEAN_HTML_FIELD": "page_html",
        "FEEDS": {out: {"format": "jsonlines"}},
        "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "INFO",
    })
    process.crawl(LocalSpider, start_urls=[f"http://127.0.0.1:{server.server_port}/index.html"])
    process.start()
    server.shutdown()


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "index.html").write_text(INDEX)
    (site / "article.html").write_text(HTML_PAGE)
    (site / "article.txt").write_text(TEXT_PAGE)
    (site / "empty.txt").write_text("")
    out = site.parent / "items.jsonl"
    run = subprocess.run([sys.executable, __file__, str(site), str(out)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text().splitlines()]
    return {item["url"].rsplit("/", 1)[-1]: item for item in items}, run.stderr


@pytest.mark.parametrize(("name", "field", "expected"), [
    ("article.html", "clean_text", "Trucks came at dawn with food and blankets."),
    ("article.html", "clean_title", "Aid Arrives in Efrin"),
    ("article.txt", "clean_text", "Winds rose before dawn."),
    ("article.txt", "clean_published", "2016-03-22T00:00:00"),
    ("article.txt", "clean_authors", []),
    ("article.txt#plain", "clean_text", "Winds rose before dawn."),
    ("empty.txt", "clean_text", ""),
])
def test_items_get_the_result(crawled, name, field, expected):
    items, _ = crawled
    assert items[name][field] == expected


@pytest.mark.parametrize(("name", "absent"), [
    ("index.html", "clean_text"),           # no page field: passed on unchanged
    ("article.txt#plain", "clean_title"),   # undeclared on PlainItem: skipped
    ("article.html", "text"),
])
def test_what_is_not_written(crawled, name, absent):
    items, _ = crawled
    assert absent not in items[name]


def test_the_crawl_logs_and_counts_what_it_skipped(crawled):
    items, log = crawled
    assert len(items) == 6
    assert "item has no 'page_html' or 'text' field" in log
    assert log.count("PlainItem does not declare") == 1
    assert "'newsclean/cleaned': 5" in log and "'newsclean/skipped': 1" in log


def test_a_failing_clean_is_logged_and_the_item_passes(monkeypatch, caplog):
    import newsclean.integrations.scrapy as module

    monkeypatch.setattr(module, "clean", lambda *a, **k: 1 / 0)
    item = {"url": "u", "text": "x"}
    assert NewsCleanPipeline().process_item(item) == {"url": "u", "text": "x"}
    assert "cleaning failed" in caplog.text and "ZeroDivisionError" in caplog.text


class BareItem(scrapy.Item):
    url = scrapy.Field()
    text = scrapy.Field()


class Stats:
    def __init__(self):
        self.values = {}

    def inc_value(self, key):
        self.values[key] = self.values.get(key, 0) + 1


def test_an_item_class_with_no_result_field_is_not_counted_as_cleaned(caplog):
    stats = Stats()
    pipeline = NewsCleanPipeline(stats=stats)
    items = [BareItem(url="u", text=TEXT_PAGE), BareItem(url="v", text=TEXT_PAGE), {"text": TEXT_PAGE}]
    out = [pipeline.process_item(item) for item in items]
    assert dict(out[0]) == {"url": "u", "text": TEXT_PAGE}
    assert out[2]["clean_text"] == "Winds rose before dawn."
    assert stats.values == {"newsclean/undeclared": 2, "newsclean/cleaned": 1}
    assert caplog.text.count("BareItem does not declare clean_text, clean_title") == 1


@pytest.mark.parametrize(("settings", "item", "key", "value"), [
    ({"NEWSCLEAN_PREFIX": "nc_"}, {"text": TEXT_PAGE}, "nc_text", "Winds rose before dawn."),
    ({"NEWSCLEAN_TEXT_FIELD": "body"}, {"body": TEXT_PAGE}, "clean_text", "Winds rose before dawn."),
    ({"NEWSCLEAN_TEXT_FIELD": "body"}, {"text": TEXT_PAGE}, "clean_text", None),
])
def test_settings(settings, item, key, value):
    from scrapy.utils.test import get_crawler

    pipeline = NewsCleanPipeline.from_crawler(get_crawler(settings_dict=settings))
    assert pipeline.process_item(item).get(key) == value


if __name__ == "__main__":
    crawl(*sys.argv[1:3])
