//! Test data: titles that reach every drawing branch of every category, across all the flags.

use catalog::Category;

use super::Subject;

/// Titles that reach every drawing branch, by category.
const CASES: &[(Category, &[&str])] = &[
    (
        Category::Stamp,
        &[
            "Commemorative stamp",
            "Cherry blossom stamps",
            "Bird stamp",
            "Cathedral stamp",
            "Ice festival stamp",
            "Harbour ship stamp",
            "Christmas seals",
            "Mountain stamp",
        ],
    ),
    (
        Category::Currency,
        &[
            "Commemorative coin",
            "Gold coin",
            "Silver coin",
            "Copper coin",
            "Banknote",
            "Paper money",
        ],
    ),
    (
        Category::Painting,
        &[
            "Oil painting",
            "Winter landscape",
            "Lake at night",
            "Ink landscape scroll",
            "Sunset over the sea",
            "Painting of the cathedral",
            "Icon painted on glass",
            "Aboriginal dot painting",
            "Painting in Rothko's spirit",
            "Ndebele-style geometric painting",
            "Gold-leaf painting after Klimt",
            "Harvest still life",
            "Painted tray",
            "Northern lights",
            "Lantern festival painting",
        ],
    ),
    (
        Category::Sculpture,
        &[
            "Bronze figure",
            "Miners' sculptures",
            "Mother and child",
            "Marble bust",
            "Wooden bear carving",
            "Teak elephant",
            "Bronze horseman",
            "Carved reindeer",
            "Stone lizard",
            "Glass crane",
            "Koi carp",
            "Monument model",
            "Endless Column",
            "Menorah",
            "Spoonbridge and Cherry",
            "Abstract ring",
            "Friendship gate",
            "Stone sculpture",
        ],
    ),
    (
        Category::MusicalInstrument,
        &[
            "Taiko drum",
            "Shaman frame drum",
            "Kulintang gong set",
            "Koto",
            "Kantele",
            "Cimbalom",
            "Lute",
            "Balalaika",
            "Hardanger fiddle",
            "Erhu",
            "Guitar",
            "Mouth harp",
            "Mukkuri mouth harp",
            "Berimbau musical bow",
            "Shakuhachi flute",
            "Pan pipes",
            "Didgeridoo",
            "Clay ocarina",
            "Alphorn",
            "Ram's-horn shofar",
            "Bagpipes",
            "Accordion",
            "Piano",
            "Instrument",
        ],
    ),
    (
        Category::Costume,
        &[
            "Kimono",
            "Folk dress",
            "Embroidered shirt",
            "Poncho",
            "Arrow sash",
            "Moccasins",
            "Miner's helmet and lamp",
            "Isicholo hat",
            "Fur hat",
            "Kokoshnik",
            "Costume",
        ],
    ),
    (
        Category::Picture,
        &[
            "City postcard",
            "Old photograph",
            "Photograph of the bridge",
            "City view",
            "Comic print",
            "Map print",
            "River photographs",
        ],
    ),
    (
        Category::Multimedia,
        &[
            "Touch-screen guide",
            "Documentary film",
            "Choir recording",
            "Media station",
        ],
    ),
    (
        Category::Craft,
        &[
            "Porcelain vase",
            "Celadon vase",
            "Lacquer bowl",
            "Silver bowl",
            "Painted plate",
            "Lacquerware box",
            "Woven rug",
            "Floral beadwork",
            "Wish ribbons",
            "Paper-cut",
            "Painted umbrella",
            "Amber jewellery",
            "Koru pendant",
            "Spring token",
            "Star lantern",
            "Boomerang",
            "Wooden chair",
            "Nutcracker",
            "Bridges in glass",
            "Matryoshka dolls",
            "Handicraft",
        ],
    ),
    (
        Category::Other,
        &[
            "Magdeburg hemispheres",
            "Signed football",
            "Football shirt",
            "Guest book",
            "Trophy",
            "Medal",
            "City key",
            "Globe",
            "Tower model",
            "LEGO brick",
            "Steam locomotive",
            "Rubik's Cube",
            "Pocket watch",
            "Tin of tea",
            "Polished opal",
            "Box of minerals",
            "Rock sample",
            "Ice-carving tools",
            "Point blanket",
            "Souvenir",
        ],
    ),
];

const COUNTRIES: [&str; 25] = [
    "CN", "JP", "DK", "CA", "RU", "US", "RO", "KR", "IL", "ZA", "LV", "BR", "AU", "NZ", "FI", "HU", "IT",
    "PH", "CL", "TH", "FR", "AT", "DE", "GB", "XX",
];

/// One subject per test title, spread over the countries.
pub fn subjects() -> Vec<Subject> {
    let mut out = Vec::new();
    for (i, &(category, titles)) in CASES.iter().enumerate() {
        for (j, title) in titles.iter().enumerate() {
            let code = COUNTRIES[(i * 7 + j) % COUNTRIES.len()];
            let id = format!("room-{}-{j}", category.id());
            out.push(Subject::new(&id, title, category, "Country", "City", code));
        }
    }
    out
}
