//! Photos the person adds to their reasons for living and their toolbox.
//!
//! A photo is taken in as the person gives it (JPEG, PNG, WebP or GIF, at
//! most [`MAX_INPUT_BYTES`]), decoded within fixed limits (a hostile file
//! cannot make it allocate more than [`MAX_DECODE_ALLOC`]), turned upright by
//! its EXIF orientation, made at most [`MAX_SIDE`] pixels on its longer side
//! and written again as a JPEG. Nothing of the original file is kept: no
//! EXIF, so no place where it was taken and no camera serial number.
//!
//! What is stored and shared is only ever such a JPEG; [`check_stored`] is
//! the cheap check a reader makes on bytes that came from a device or a
//! supporter's copy before a web view decodes them.

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// The largest file taken in.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;
/// The longer side of a stored photo, in pixels.
pub const MAX_SIDE: u32 = 1024;
/// The largest photo (in pixels on either side) that is decoded at all.
pub const MAX_DECODE_SIDE: u32 = 12_000;
/// What decoding may allocate.
pub const MAX_DECODE_ALLOC: u64 = 512 * 1024 * 1024;
/// The largest stored photo: a JPEG at [`MAX_SIDE`] is far below this.
pub const MAX_STORED_BYTES: usize = 1024 * 1024;
const QUALITY: u8 = 80;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("the file is {bytes} bytes; a photo can be at most {max} bytes")]
    TooLarge { bytes: usize, max: usize },
    #[error("the file is not a photo Harbour can read (JPEG, PNG, WebP or GIF)")]
    NotAnImage,
    #[error("the photo is {width}×{height} pixels; at most {max} on either side")]
    TooManyPixels { width: u32, height: u32, max: u32 },
    #[error("the photo could not be written: {0}")]
    Encode(String),
}

/// A stored photo: a JPEG with no metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    limits
}

/// Takes in a photo file: checked, upright, resized, re-encoded.
pub fn import(bytes: &[u8]) -> Result<Photo, PhotoError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(PhotoError::TooLarge {
            bytes: bytes.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    let format = image::guess_format(bytes).map_err(|_| PhotoError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif
    ) {
        return Err(PhotoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(|_| PhotoError::NotAnImage)?;
    let (width, height) = decoder.dimensions();
    if width > MAX_DECODE_SIDE || height > MAX_DECODE_SIDE {
        return Err(PhotoError::TooManyPixels {
            width,
            height,
            max: MAX_DECODE_SIDE,
        });
    }
    if width == 0 || height == 0 {
        return Err(PhotoError::NotAnImage);
    }
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| PhotoError::NotAnImage)?;
    if let Some(o) = orientation {
        image.apply_orientation(o);
    }
    let image = if image.width().max(image.height()) > MAX_SIDE {
        image.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle)
    } else {
        image
    };
    // JPEG has no transparency: flatten onto white rather than black.
    let rgb = flatten_on_white(&image);
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, QUALITY)
        .encode_image(&rgb)
        .map_err(|e| PhotoError::Encode(e.to_string()))?;
    Ok(Photo {
        jpeg,
        width: rgb.width(),
        height: rgb.height(),
    })
}

fn flatten_on_white(image: &DynamicImage) -> image::RgbImage {
    let rgba = image.to_rgba8();
    let mut out = image::RgbImage::new(rgba.width(), rgba.height());
    for (x, y, p) in rgba.enumerate_pixels() {
        let [r, g, b, a] = p.0;
        let over = |c: u8| ((c as u32 * a as u32 + 255 * (255 - a as u32)) / 255) as u8;
        out.put_pixel(x, y, image::Rgb([over(r), over(g), over(b)]));
    }
    out
}

/// The cheap check on stored bytes before anything shows them: a JPEG no
/// larger than a stored photo can be, whose header says it is at most
/// [`MAX_SIDE`] on either side. Returns its size.
pub fn check_stored(bytes: &[u8]) -> Result<(u32, u32), PhotoError> {
    if bytes.len() > MAX_STORED_BYTES {
        return Err(PhotoError::TooLarge {
            bytes: bytes.len(),
            max: MAX_STORED_BYTES,
        });
    }
    if image::guess_format(bytes).ok() != Some(ImageFormat::Jpeg) {
        return Err(PhotoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), ImageFormat::Jpeg);
    reader.limits(limits());
    let (width, height) = reader
        .into_dimensions()
        .map_err(|_| PhotoError::NotAnImage)?;
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(PhotoError::NotAnImage);
    }
    Ok((width, height))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_fn(width, height, |x, y| {
            image::Rgba([
                (x % 256) as u8,
                (y % 256) as u8,
                128,
                if x < 4 { 0 } else { 255 },
            ])
        });
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn a_large_photo_is_made_small_and_stays_upright_in_shape() {
        let photo = import(&png(3000, 1500)).unwrap();
        assert_eq!((photo.width, photo.height), (1024, 512));
        assert_eq!(check_stored(&photo.jpeg).unwrap(), (1024, 512));
        assert!(photo.jpeg.len() < MAX_STORED_BYTES);
        // A small one keeps its size.
        let small = import(&png(40, 30)).unwrap();
        assert_eq!((small.width, small.height), (40, 30));
    }

    #[test]
    fn what_is_not_a_photo_is_refused_with_a_clear_error() {
        assert_eq!(
            import(b"hello, I am a text file"),
            Err(PhotoError::NotAnImage)
        );
        assert_eq!(import(b"%PDF-1.7\n..."), Err(PhotoError::NotAnImage));
        // A PNG cut short.
        let png = png(64, 64);
        assert_eq!(import(&png[..png.len() / 2]), Err(PhotoError::NotAnImage));
        let big = vec![0u8; MAX_INPUT_BYTES + 1];
        assert!(matches!(import(&big), Err(PhotoError::TooLarge { .. })));
        // A PNG whose header claims a huge image is refused before decoding.
        let mut huge = png.clone();
        huge[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        assert!(import(&huge).is_err());
    }

    #[test]
    fn stored_bytes_must_be_a_small_jpeg() {
        assert_eq!(check_stored(&png(10, 10)), Err(PhotoError::NotAnImage));
        assert_eq!(
            check_stored(b"\xff\xd8\xff junk"),
            Err(PhotoError::NotAnImage)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        /// Any bytes, and any mangled real photo: an answer, never a panic.
        #[test]
        fn hostile_bytes_never_panic(
            junk in proptest::collection::vec(any::<u8>(), 0..2048),
            flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8),
        ) {
            let _ = import(&junk);
            let _ = check_stored(&junk);
            let mut real = png(32, 24);
            for (at, byte) in flips {
                let i = at % real.len();
                real[i] ^= byte;
            }
            if let Ok(photo) = import(&real) {
                prop_assert!(check_stored(&photo.jpeg).is_ok());
            }
        }
    }
}
