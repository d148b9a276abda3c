//! Anything else: an object in a glass display case on a plinth, chosen by the title. The objects
//! are drawn in [`super::treasures`], [`super::trophies`], [`super::toys`],
//! [`super::machines`] and [`super::specimens`].

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::Svg;
use super::{machines, specimens, toys, treasures, trophies};

/// The case's glass floor.
pub const BASE: f32 = 360.0;
/// The middle of the case.
pub const MID: f32 = 246.0;

/// An object in the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Object {
    /// Magdeburg hemispheres.
    Hemispheres,
    /// A football.
    Ball,
    /// A football shirt.
    Shirt,
    /// An open book.
    Book,
    /// A cup.
    Trophy,
    /// A medal on a ribbon.
    Medal,
    /// A city key.
    Key,
    /// A globe.
    Globe,
    /// A model building.
    Model,
    /// A toy brick.
    Brick,
    /// A steam locomotive.
    Locomotive,
    /// A puzzle cube.
    Cube,
    /// A pocket watch.
    Watch,
    /// A tea tin.
    Tin,
    /// Rocks, gems or minerals.
    Mineral,
    /// Hand tools.
    Tools,
    /// Folded cloth.
    Cloth,
}

/// The object a title names, else one by hash.
pub fn object(sub: &Subject) -> Object {
    sub.choose(
        &[
            (&["hemisphere", "magdeburg", "vacuum"], Object::Hemispheres),
            (&["lego", "brick"], Object::Brick),
            (
                &["locomotive", "train", "engine", "railway", "tram"],
                Object::Locomotive,
            ),
            (&["cube", "rubik", "puzzle"], Object::Cube),
            (&["watch", "clock"], Object::Watch),
            (&["tea", "tin", "coffee"], Object::Tin),
            (
                &[
                    "rock", "mineral", "opal", "salt", "gem", "ore", "stone", "amber", "crystal",
                ],
                Object::Mineral,
            ),
            (
                &["tool", "chisel", "saw", "knife", "axe", "hammer"],
                Object::Tools,
            ),
            (
                &["blanket", "cloth", "ramie", "linen", "textile", "towel"],
                Object::Cloth,
            ),
            (&["shirt", "jersey", "kit", "memorabilia", "safc"], Object::Shirt),
            (&["ball", "football", "soccer"], Object::Ball),
            (
                &[
                    "book",
                    "album",
                    "manuscript",
                    "atlas",
                    "letter",
                    "certificate",
                    "document",
                ],
                Object::Book,
            ),
            (&["trophy", "cup", "award", "prize"], Object::Trophy),
            (
                &["medal", "badge", "pin", "order", "token", "emblem", "plaque"],
                Object::Medal,
            ),
            (&["key"], Object::Key),
            (&["globe", "map", "world", "sphere"], Object::Globe),
            (
                &["model", "replica", "miniature", "building", "tower"],
                Object::Model,
            ),
        ],
        &[
            Object::Book,
            Object::Medal,
            Object::Key,
            Object::Globe,
            Object::Trophy,
        ],
    )
}

/// Draws the case and the object inside.
pub fn draw(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let object = object(sub);
    scene::plinth(s, p, BASE + 14.0, 150.0);
    s.rect(CX - 140.0, BASE - 6.0, 280.0, 20.0)
        .fill(p.a.mix(Rgb::hex(0x2a2622), 60))
        .close();
    match object {
        Object::Hemispheres => treasures::hemispheres(s),
        Object::Ball => treasures::ball(s),
        Object::Shirt => treasures::shirt(s, sub),
        Object::Book => treasures::book(s, sub),
        Object::Trophy => trophies::trophy(s, sub),
        Object::Medal => trophies::medal(s, sub),
        Object::Key => trophies::key(s, sub),
        Object::Globe => treasures::globe(s, sub),
        Object::Model => treasures::model(s, sub),
        Object::Brick => toys::brick(s, sub),
        Object::Locomotive => machines::locomotive(s, sub),
        Object::Cube => toys::cube(s, sub),
        Object::Watch => machines::watch(s, sub),
        Object::Tin => specimens::tin(s, sub),
        Object::Mineral => specimens::mineral(s, sub),
        Object::Tools => specimens::tools(s, sub),
        Object::Cloth => specimens::cloth(s, sub),
    }
    // The glass: a translucent box with a lid and two reflections.
    s.rect(CX - 150.0, 96.0, 300.0, BASE - 96.0)
        .fill(PAPER)
        .a("fill-opacity", ".16")
        .stroke(PAPER, 3.0)
        .a("stroke-opacity", ".8")
        .close();
    s.rect(CX - 156.0, 86.0, 312.0, 14.0)
        .fill(p.a.mix(Rgb::hex(0x2a2622), 60))
        .close();
    let glint = Path::new()
        .m(CX - 120.0, 170.0)
        .l(CX - 60.0, 110.0)
        .m(CX - 120.0, 220.0)
        .l(CX - 20.0, 120.0);
    s.path(glint.d())
        .fill("none")
        .stroke(PAPER, 6.0)
        .opacity(".55")
        .a("stroke-linecap", "round")
        .close();
}
