import type { StoryInput } from '../../../shared/stories/types';

/** One story in four versions, our own writing: an original, a French rendering, a reworded copy, a Japanese one. */
export const ORIGINAL_EN = `Port of Antwerp opens hydrogen terminal

The Port of Antwerp opened a hydrogen import terminal on Monday, at a cost of €1.4bn. Port chief Jacques Vandermeulen said the terminal would handle 300,000 tonnes a year from 2028.

The terminal was built with the gas company Fluxys over three years.`;

export const RENDERING_FR = `Le port d'Anvers inaugure un terminal à hydrogène

Le port d'Anvers a inauguré lundi un terminal d'importation d'hydrogène qui a coûté 1,4 milliard d'euros. Selon son directeur Jacques Vandermeulen, il traitera 300 000 tonnes par an à partir de 2028.

Le terminal a été construit en trois ans avec le gazier Fluxys.`;

/** The reworded copy adds a paragraph: a new figure and a quote from a new person. */
export const REWORDED_EN = `Antwerp port opens terminal for hydrogen imports

The Port of Antwerp inaugurated a hydrogen import terminal on Monday, costing €1.4bn. Port chief Jacques Vandermeulen said the terminal would process 300,000 tonnes a year from 2028.

Environmental groups were less enthusiastic. "This money would have cut far more emissions in insulation," said Marieke Claes of Bond Beter Leefmilieu, who put the public share at €260m.

The terminal was built with the gas company Fluxys over three years.`;

/** The Japanese version writes the names in katakana and adds nothing. */
export const VERSION_JA = `アントワープ港に水素ターミナル

ベルギーのアントワープ港は月曜日、14億ユーロを投じた水素輸入ターミナルを開設した。ヴァンデルミューレン港湾局長によると、2028年から年30万トンを扱う。

ターミナルはガス会社フリュクシスと3年かけて建設した。`;

export function member(id: string, lang: string, text: string, published: string | null): StoryInput {
  return { id, lang, text, published, importedAt: null };
}
