//! Musical instruments: picks the instrument from the title and hands it to its family's file
//! (percussion, plucked and bowed strings, zithers, flutes, horns, keys, folk).

use super::subject::Subject;
use super::svg::Svg;
use super::{bowed, flutes, folk, horns, keys, percussion, strings, zithers};

/// An instrument drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A barrel drum on a stand.
    Drum,
    /// A frame drum with a painted skin.
    FrameDrum,
    /// A row of bossed gongs on a rack.
    Gongs,
    /// A long board zither on trestles.
    LongZither,
    /// A wing-shaped zither.
    WingZither,
    /// A cimbalom with hammers.
    Cimbalom,
    /// A pear-shaped lute.
    Lute,
    /// A triangular balalaika.
    Balalaika,
    /// A violin with its bow.
    Fiddle,
    /// A spike fiddle (erhu and its cousins).
    PoleFiddle,
    /// A guitar.
    Guitar,
    /// A jaw harp.
    JawHarp,
    /// A musical bow with a gourd.
    MusicalBow,
    /// A transverse flute.
    Flute,
    /// Pan pipes.
    PanPipes,
    /// A didgeridoo.
    Didgeridoo,
    /// An ocarina.
    Ocarina,
    /// A brass horn.
    Horn,
    /// A ram's-horn shofar.
    Shofar,
    /// Bagpipes.
    Bagpipe,
    /// An accordion.
    Accordion,
    /// An upright piano.
    Piano,
}

/// The instrument a title names; a lute when it names none.
pub fn kind(sub: &Subject) -> Kind {
    sub.choose(
        &[
            (
                &["jaw", "khomus", "mukkuri", "vargan", "mouth", "kubing"],
                Kind::JawHarp,
            ),
            (
                &["tambourine", "frame", "daf", "bodhr", "shaman", "kultr"],
                Kind::FrameDrum,
            ),
            (&["gong", "kulintang", "gamelan", "bell"], Kind::Gongs),
            (
                &[
                    "drum", "taiko", "janggu", "buk", "djembe", "timpan", "atabaque", "conga",
                ],
                Kind::Drum,
            ),
            (&["balalaika"], Kind::Balalaika),
            (
                &[
                    "erhu", "huqin", "haegeum", "kokyu", "morin", "matouqin", "saw", "spike",
                ],
                Kind::PoleFiddle,
            ),
            (
                &[
                    "fiddle",
                    "violin",
                    "viola",
                    "cello",
                    "kemen",
                    "gusle",
                    "hardanger",
                ],
                Kind::Fiddle,
            ),
            (&["berimbau", "uhadi", "bow"], Kind::MusicalBow),
            (
                &[
                    "koto", "guzheng", "guqin", "gayageum", "kayagum", "yatga", "zheng",
                ],
                Kind::LongZither,
            ),
            (
                &["cimbalom", "dulcimer", "santur", "yangqin", "hackbrett", "tsimbl"],
                Kind::Cimbalom,
            ),
            (
                &[
                    "zither", "kantele", "kokle", "kannel", "gusli", "kankl", "psaltery", "harp",
                ],
                Kind::WingZither,
            ),
            (
                &["guitar", "charango", "cavaquinho", "vihuela", "ukulele", "tiple"],
                Kind::Guitar,
            ),
            (
                &[
                    "lute", "pipa", "oud", "mandolin", "domra", "biwa", "shamisen", "sanshin", "banjo",
                    "bandura", "kobza", "sitar", "ruan", "hurdy",
                ],
                Kind::Lute,
            ),
            (
                &["panpipe", "pan", "zampo", "siku", "syrinx", "nai"],
                Kind::PanPipes,
            ),
            (&["didgeridoo", "yidaki"], Kind::Didgeridoo),
            (&["ocarina"], Kind::Ocarina),
            (
                &["bagpipe", "pipes", "smallpipe", "duda", "cimpoi", "dudy"],
                Kind::Bagpipe,
            ),
            (&["shofar", "ram"], Kind::Shofar),
            (
                &[
                    "horn", "trumpet", "alphorn", "bugle", "trombone", "tuba", "cornet", "vuvuzela",
                    "trembita", "bucium", "lur",
                ],
                Kind::Horn,
            ),
            (
                &[
                    "flute",
                    "pipe",
                    "fife",
                    "recorder",
                    "shakuhachi",
                    "whistle",
                    "dizi",
                    "xiao",
                    "piccolo",
                    "fujara",
                    "kaval",
                    "quena",
                    "daegeum",
                    "fluier",
                    "koauau",
                    "kōauau",
                ],
                Kind::Flute,
            ),
            (
                &[
                    "accordion",
                    "bayan",
                    "concertina",
                    "bandone",
                    "harmonika",
                    "garmon",
                ],
                Kind::Accordion,
            ),
            (
                &["piano", "keyboard", "organ", "harmonium", "harpsichord", "synth"],
                Kind::Piano,
            ),
        ],
        &[Kind::Lute],
    )
}

/// Draws the instrument the title names.
pub fn draw(s: &mut Svg, sub: &Subject) {
    match kind(sub) {
        Kind::Drum => percussion::drum(s, sub),
        Kind::FrameDrum => percussion::frame_drum(s, sub),
        Kind::Gongs => percussion::gongs(s, sub),
        Kind::LongZither => zithers::long(s, sub),
        Kind::WingZither => zithers::wing(s, sub),
        Kind::Cimbalom => zithers::cimbalom(s, sub),
        Kind::Lute => strings::lute(s, sub, false),
        Kind::Balalaika => strings::lute(s, sub, true),
        Kind::Fiddle => bowed::fiddle(s, sub),
        Kind::PoleFiddle => bowed::pole_fiddle(s, sub),
        Kind::Guitar => strings::guitar(s, sub),
        Kind::JawHarp => folk::jaw_harp(s, sub),
        Kind::MusicalBow => folk::musical_bow(s, sub),
        Kind::Flute => flutes::flute(s, sub, false),
        Kind::Didgeridoo => flutes::flute(s, sub, true),
        Kind::PanPipes => flutes::pan_pipes(s, sub),
        Kind::Ocarina => flutes::ocarina(s, sub),
        Kind::Horn => horns::horn(s, sub),
        Kind::Shofar => horns::shofar(s, sub),
        Kind::Bagpipe => horns::bagpipe(s, sub),
        Kind::Accordion => keys::accordion(s, sub),
        Kind::Piano => keys::piano(s, sub),
    }
}
