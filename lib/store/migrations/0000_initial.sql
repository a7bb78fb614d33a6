CREATE TABLE "feedback" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"answer_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"place" text NOT NULL,
	"page" text NOT NULL,
	"cause" text,
	"tree" text,
	"path" text,
	"node" text,
	"ending" text,
	"answer" text,
	"detail" text,
	CONSTRAINT "feedback_answer_id_unique" UNIQUE("answer_id"),
	CONSTRAINT "feedback_answer_matches_kind" CHECK (("feedback"."kind" = 'fix') = ("feedback"."answer" is not null)),
	CONSTRAINT "feedback_detail_length" CHECK (char_length("feedback"."detail") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "unfound_lookups" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"text" text NOT NULL,
	"shape" text NOT NULL,
	"provider" text,
	"status" integer,
	"code" text,
	CONSTRAINT "unfound_text_length" CHECK (char_length("unfound_lookups"."text") <= 500)
);
--> statement-breakpoint
CREATE INDEX "feedback_recorded_at_idx" ON "feedback" USING btree ("recorded_at");--> statement-breakpoint
CREATE INDEX "feedback_place_idx" ON "feedback" USING btree ("place");--> statement-breakpoint
CREATE INDEX "feedback_tree_idx" ON "feedback" USING btree ("tree","node");--> statement-breakpoint
CREATE INDEX "unfound_recorded_at_idx" ON "unfound_lookups" USING btree ("recorded_at");--> statement-breakpoint
CREATE INDEX "unfound_code_idx" ON "unfound_lookups" USING btree ("code");--> statement-breakpoint
CREATE INDEX "unfound_shape_idx" ON "unfound_lookups" USING btree ("shape");