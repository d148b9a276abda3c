//! Costumes: picks the cut from the title. Robes, folk dresses, shirts, ponchos and sashes hang on a
//! stand ([`super::garments`], trimmed by [`super::trims`]); hats and shoes sit on a plinth
//! ([`super::hats`]).

use super::subject::Subject;
use super::svg::Svg;
use super::{garments, hats};

/// What the costume is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// A robe or coat with wide sleeves and a sash.
    Robe,
    /// A folk dress: white blouse sleeves, bodice, full skirt, apron.
    Dress,
    /// An embroidered shirt.
    Shirt,
    /// A striped poncho or cloak.
    Poncho,
    /// A woven sash hanging over the hanger.
    Sash,
    /// Shoes on a low plinth.
    Shoes,
    /// A hat or helmet on a head form.
    Hat,
}

/// The cut a title names, else one by hash.
pub fn cut(sub: &Subject) -> Cut {
    sub.choose(
        &[
            (
                &["poncho", "manta", "ruana", "serape", "cloak", "cape", "korowai"],
                Cut::Poncho,
            ),
            (
                &[
                    "shirt",
                    "blouse",
                    "barong",
                    "vest",
                    "jersey",
                    "sweater",
                    "jumper",
                    "waistcoat",
                ],
                Cut::Shirt,
            ),
            (
                &[
                    "dress",
                    "sarafan",
                    "skirt",
                    "gown",
                    "hanbok",
                    "dirndl",
                    "qipao",
                    "cheongsam",
                    "sari",
                    "apron",
                    "malong",
                    "sarong",
                ],
                Cut::Dress,
            ),
            (
                &[
                    "kimono",
                    "robe",
                    "yukata",
                    "happi",
                    "coat",
                    "jacket",
                    "kaftan",
                    "deel",
                    "chapan",
                    "kurta",
                    "gákti",
                    "gakti",
                    "tunic",
                    "cherkeska",
                ],
                Cut::Robe,
            ),
            (&["sash", "belt", "scarf"], Cut::Sash),
            (
                &["moccasin", "shoe", "boot", "slipper", "clog", "sandal"],
                Cut::Shoes,
            ),
            (
                &[
                    "hat",
                    "helmet",
                    "cap",
                    "kokoshnik",
                    "headdress",
                    "isicholo",
                    "kubanka",
                    "crown",
                ],
                Cut::Hat,
            ),
        ],
        &[Cut::Robe, Cut::Dress, Cut::Shirt],
    )
}

/// Draws the costume.
pub fn draw(s: &mut Svg, sub: &Subject) {
    match cut(sub) {
        Cut::Hat => hats::hat(s, sub),
        Cut::Shoes => hats::shoes(s, sub),
        cut => garments::hanging(s, sub, cut),
    }
}
