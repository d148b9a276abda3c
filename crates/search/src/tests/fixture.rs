//! A small museum written for the tests: five rooms, eight exhibits, in English and Chinese.

use catalog::{Category, MuseumFile, RoomFile};
use serde_json::{json, Value};

use crate::{Filters, Hit, Index, Results};

/// `room|id|title en|title zh|country en|country zh|code`, then its exhibits:
/// `ex|id|title en|title zh|category|description en|description zh`.
const MUSEUM: &str = r"
room|niigata|Niigata|新潟|Japan|日本|JP
ex|niigata-taiko-drum|Taiko drum|太鼓|musical-instrument|A big barrel drum from Sado Island, beaten with thick sticks.|佐渡岛的太鼓表演享誉世界。
ex|niigata-nihonga|Nihonga rice-field painting|日本画：稻田风景|painting|Rice fields in spring, painted with ground minerals.|用矿物颜料画的稻田。
room|aarhus|Aarhus|奥胡斯|Denmark|丹麦|DK
ex|aarhus-plate|Blue fluted plate|蓝色花纹瓷盘|craft|Porcelain painted by hand in blue, with a small drum motif.|手绘蓝色瓷盘。
ex|aarhus-stamps|Danish stamps|丹麦邮票|stamp|Stamps with the queen and the old town.|印有女王和老城的邮票。
room|nyiregyhaza|Nyíregyháza|尼赖吉哈佐|Hungary|匈牙利|HU
ex|nyiregyhaza-porcelain|Herend porcelain vase|海兰德瓷花瓶|craft|A vase from Herend, near Nyíregyháza's region.|海兰德出产的瓷花瓶。
room|sverdlovsk|Sverdlovsk Oblast|斯维尔德洛夫斯克州|Russia|俄罗斯|RU
ex|sverdlovsk-balalaika|Three-string balalaika|三弦巴拉莱卡琴|musical-instrument|A triangular folk instrument from the Urals.|乌拉尔的三角形民间乐器。
ex|sverdlovsk-malachite|Malachite box|孔雀石盒|craft|Green stone from the Urals, cut thin.|乌拉尔的绿色石头。
room|magdeburg|Magdeburg|马格德堡|Germany|德国|DE
ex|magdeburg-cathedral|Cathedral print|大教堂版画|picture|The Gothic cathedral of Magdeburg on the Elbe.|易北河畔的哥特式大教堂。
";

fn text(en: &str, zh: &str) -> Value {
    json!({ "en": en, "zh": zh })
}

fn rows() -> impl Iterator<Item = Vec<&'static str>> {
    MUSEUM
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split('|').collect())
}

/// The fixture's category of an exhibit.
pub fn category_of(exhibit: &str) -> Category {
    let row = rows().find(|r| r[1] == exhibit).expect("fixture exhibit");
    crate::category_from_id(row[4]).expect("category")
}

/// The museum file and the room files.
pub fn catalogue() -> (MuseumFile, Vec<RoomFile>) {
    let (mut summaries, mut files, mut tour) = (Vec::<Value>::new(), Vec::<Value>::new(), Vec::new());
    for r in rows() {
        if r[0] == "room" {
            let (id, en, zh) = (r[1], r[2], r[3]);
            tour.push(id);
            summaries.push(json!({
                "id": id, "title": text(en, zh), "summary": text(&format!("A room for {en}."), "展厅"),
                "kind": "sister-city", "doors": [], "exhibits": 0,
                "city": { "name": text(en, zh), "local_name": en, "country": text(r[4], r[5]),
                          "country_code": r[6], "lat": 0.0, "lon": 0.0, "signed": { "precision": "unknown" } },
                "plan": { "floor": 1, "x": 0, "y": 0, "w": 1, "h": 1 }
            }));
            let intro = text(&format!("Welcome to {en}."), "欢迎");
            files.push(json!({ "id": id, "introduction": intro, "sources": [], "exhibits": [] }));
            continue;
        }
        let (Some(summary), Some(file)) = (summaries.last_mut(), files.last_mut()) else {
            panic!("an exhibit before any room");
        };
        let origin = format!("{}, {}", summary["title"]["en"], summary["city"]["country"]["en"]);
        summary["exhibits"] = json!(summary["exhibits"].as_u64().unwrap_or(0) + 1);
        let image = json!({ "src": "x.svg", "width": 1, "height": 1, "alt": text("a", "a"), "credit": text("c", "c") });
        file["exhibits"].as_array_mut().expect("exhibits").push(json!({
            "id": r[1], "title": text(r[2], r[3]), "category": r[4], "description": text(r[5], r[6]),
            "origin": text(&origin, "产地"), "date": { "precision": "unknown" }, "record": "illustrative",
            "image": image
        }));
    }
    let museum = json!({
        "museum": {
            "name": text("Museum", "博物馆"), "welcome": text("Hi", "你好"), "about": text("About", "关于"),
            "visit": { "address": text("Street", "街"), "opens": "09:00", "closes": "17:00",
                       "time_zone": "Asia/Shanghai", "admission": text("Free", "免费"), "checked": "2026-01-01" },
            "facts": { "opened": { "precision": "month", "value": "2009-01" }, "rooms": 5, "exhibits": 8, "area_m2": 1 }
        },
        "tour": tour, "rooms": summaries,
    });
    let files = files
        .into_iter()
        .map(|f| serde_json::from_value(f).expect("room file"));
    (
        serde_json::from_value(museum).expect("museum file"),
        files.collect(),
    )
}

/// The fixture, indexed.
pub fn index() -> Index {
    let (museum, rooms) = catalogue();
    Index::build(&museum, &rooms)
}

/// A search with no filters and room for every hit.
pub fn search(index: &Index, query: &str) -> Results {
    index.search(query, &Filters::default(), 100)
}

/// The ids of the hits, best first: the exhibit id, or the room id for a room.
pub fn ids(results: &Results) -> Vec<String> {
    let id = |h: &Hit| h.exhibit.as_deref().unwrap_or(&h.room).to_string();
    results.hits.iter().map(id).collect()
}

/// The id of the best hit.
pub fn first(index: &Index, query: &str) -> Option<String> {
    ids(&search(index, query)).into_iter().next()
}

/// The sum of a facet's counts.
pub fn sum<T>(facet: &[(T, usize)]) -> usize {
    facet.iter().map(|x| x.1).sum()
}
