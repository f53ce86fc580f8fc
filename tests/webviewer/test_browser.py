"""A real headless Chromium (Debian's chromium + chromedriver, via selenium)
against the viewer served by waitress on 127.0.0.1: search, open an entity,
see the network drawn and expand it, run a query in the editor; and no
request ever leaves 127.0.0.1."""
from __future__ import annotations

import json
import shutil

import pytest

pytestmark = pytest.mark.browser

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.actions.action_builder import ActionBuilder  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from .conftest import ID  # noqa: E402

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--window-size=1280,900"]


def start_chromium():
    """Chromium through chromedriver, both from Debian (make browser-deps installs them)."""
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail("chromium and chromedriver are missing: run `make browser-deps`")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


@pytest.fixture(scope="module")
def browser():
    driver = start_chromium()
    yield driver
    driver.quit()


def requested_urls(driver) -> list[str]:
    """Every URL the browser asked for since the last call (from the DevTools log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def wait(driver, seconds=10):
    return WebDriverWait(driver, seconds)


def test_search_then_open_the_person(browser, live_server):
    browser.get(live_server + "/")
    box = browser.find_element(By.ID, "home-q")
    box.send_keys("nguyen van nam")
    box.submit()
    result = wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".search-results a")))
    assert result.text == "Nguyễn Văn Nam"
    result.click()
    wait(browser).until(ec.title_contains("Nguyễn Văn Nam"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Nguyễn Văn Nam"


def test_network_view_draws_nodes_and_expands_a_clicked_one(browser, live_server):
    browser.get(f"{live_server}/network?iri={ID}person/le-minh-tuan")
    container = wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, "#vnkg-network[data-drawn]")))
    assert container.get_attribute("data-drawn") == "3"
    assert browser.find_element(By.CSS_SELECTOR, "#vnkg-network canvas").size["width"] > 0
    browser.execute_script("window.vnkgNetwork.setOptions({physics: false});"
                           "document.getElementById('vnkg-network').scrollIntoView({behavior: 'instant'});")
    x, y = browser.execute_script(f"""
        var n = window.vnkgNetwork, id = "{ID}doc/news-7";
        var p = n.canvasToDOM(n.getPositions([id])[id]);
        var box = document.getElementById("vnkg-network").getBoundingClientRect();
        return [Math.round(box.left + p.x), Math.round(box.top + p.y)];""")
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(x, y).click()
    actions.perform()
    wait(browser).until(lambda d: container.get_attribute("data-drawn") == "5")


def test_query_editor_runs_an_example_and_shows_rows(browser, live_server):
    browser.get(live_server + "/query")
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".CodeMirror")))
    browser.find_element(By.ID, "example-cq05-documents-citing-a-directive").click()
    browser.find_element(By.ID, "run-query").click()
    rows = wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#query-results tbody tr"))
    cells = [[td.text for td in row.find_elements(By.TAG_NAME, "td")] for row in rows]
    assert cells == [["15-CTr/TU", "bao-cao-quan-9.txt"], ["26-NQ/TW", "bao-cao-quan-9.txt"],
                     ["26-NQ/TW", "tin-quan-7.txt"], ["42-KH/QU", "bao-cao-quan-9.txt"]]


def test_query_results_link_iris_to_entity_pages(browser, live_server):
    browser.get(live_server + "/query")
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".CodeMirror")))
    browser.execute_script("window.vnkgEditor.setValue(arguments[0])",
                           "SELECT ?d WHERE { ?d <https://w3id.org/vnkg/ont#symbol> \"26-NQ/TW\" } LIMIT 1")
    browser.find_element(By.ID, "run-query").click()
    link = wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, "#query-results tbody a"))
    assert link.get_attribute("href") == live_server + "/id/directive/tw/nq/26"


def test_no_request_left_127_0_0_1_and_no_script_error(browser, live_server):
    for url in ["/", "/id/doc/report-9", f"/trace?iri={ID}directive/tu/ctr/15"]:
        browser.get(live_server + url)
    urls = requested_urls(browser)
    assert urls and [u for u in urls if not u.startswith(live_server + "/") and not u.startswith("data:")] == []
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def hints_after(browser, text: str) -> list[str]:
    """The completion list the editor offers with the cursor at the end of `text` (Ctrl+Space)."""
    from selenium.webdriver.common.keys import Keys

    browser.execute_script("var cm = window.vnkgEditor; cm.setValue(arguments[0]); cm.focus();"
                           "cm.setCursor(cm.lineCount(), 0);", text)

    def offered(driver):
        driver.find_element(By.CSS_SELECTOR, ".CodeMirror textarea").send_keys(Keys.CONTROL, " ")
        return [li.text for li in driver.find_elements(By.CSS_SELECTOR, ".CodeMirror-hints li")] or False
    return wait(browser).until(offered)


def test_completion_after_a_prefix_offers_that_namespace_terms(browser, live_server):
    browser.get(live_server + "/query")
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".CodeMirror")))
    hints = hints_after(browser, "PREFIX vnkg: <https://w3id.org/vnkg/ont#>\nSELECT * WHERE { ?d vnkg:imp")
    assert hints == ["vnkg:Implementation", "vnkg:implemented", "vnkg:implementer", "vnkg:implements"]


def test_completion_of_a_plain_word_offers_entity_labels(browser, live_server):
    browser.get(live_server + "/query")
    wait(browser).until(ec.presence_of_element_located((By.CSS_SELECTOR, ".CodeMirror")))
    assert hints_after(browser, "SELECT * WHERE { ?p ?q tuấn") == ["Lê Minh Tuấn — person"]


def test_network_page_focus_order_follows_the_page(browser, live_server):
    """Tab goes through the filters, then the drawing, then the table that repeats it."""
    from selenium.webdriver.common.keys import Keys

    browser.get(f"{live_server}/network?iri={ID}person/nguyen-van-nam")
    wait(browser).until(lambda d: d.find_element(By.ID, "vnkg-network").get_attribute("data-drawn"))
    from selenium.webdriver.common.action_chains import ActionChains

    order = []
    for _ in range(40):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        active = browser.switch_to.active_element
        order.append(active.get_attribute("id") or active.get_attribute("name") or active.tag_name)
        if active.get_attribute("href") and "/id/" in active.get_attribute("href") and \
                active.find_elements(By.XPATH, "ancestor::table[@id='network-table']"):
            order[-1] = "table-link"
            break
    assert order.index("depth") < order.index("rel-mentions") < order.index("vnkg-network") < order.index("table-link")


@pytest.fixture(scope="module")
def browser_without_javascript():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS + ["--blink-settings=scriptEnabled=false"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    yield driver
    driver.quit()


def test_without_javascript_the_network_is_a_table(browser_without_javascript, live_server):
    browser = browser_without_javascript
    browser.get(f"{live_server}/network?iri={ID}person/nguyen-van-nam&lang=en")
    rows = browser.find_elements(By.CSS_SELECTOR, "#network-table tbody tr")
    assert ["Nguyễn Văn Nam", "Bí thư", "Quận ủy Quận 9"] in \
        [[td.text for td in row.find_elements(By.TAG_NAME, "td")] for row in rows]


def test_without_javascript_the_query_form_shows_a_results_table(browser_without_javascript, live_server):
    browser = browser_without_javascript
    browser.get(live_server + "/query")
    editor = browser.find_element(By.ID, "query-text")
    editor.clear()
    editor.send_keys('SELECT DISTINCT ?s WHERE { ?d <https://w3id.org/vnkg/ont#symbol> ?s } ORDER BY ?s')
    browser.find_element(By.ID, "run-query").click()
    wait(browser).until(lambda d: "run=1" in d.current_url)
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#query-results tbody td")]
    assert cells == ["15-CTr/TU", "26-NQ/TW", "42-KH/QU"]
